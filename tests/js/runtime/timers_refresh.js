const start = Date.now();
let fired = 0;
const t = setTimeout(() => {
  fired++;
  console.log('fired once', fired, Date.now() - start >= 90);
}, 50);
setTimeout(() => t.refresh(), 40);
console.log(t.refresh() === t);
