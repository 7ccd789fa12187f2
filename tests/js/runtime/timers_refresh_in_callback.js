let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('fire', n);
  if (n < 3) t.refresh();
}, 5);
