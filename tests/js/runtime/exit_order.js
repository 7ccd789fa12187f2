let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, n);
  if (n++ < 2) setTimeout(() => console.log('timer from beforeExit', n), 1);
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never runs'), 0);
});
console.log('main');
