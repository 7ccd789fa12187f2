let n = 0;
const i = setInterval((a, b) => {
  n++;
  console.log('tick', n, a, b);
  if (n === 3) clearInterval(i);
}, 5, 'x', 'y');
