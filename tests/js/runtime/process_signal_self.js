// A timer keeps the process alive until the signal arrives (signal listeners do not); 'after
// signal' follows from the listener, not from a race between the timer and the signal.
const keep = setTimeout(() => console.log('never: signal not delivered'), 10000);
process.on('SIGUSR2', (name, num) => {
  console.log('got', name, num);
  process.removeAllListeners('SIGUSR2');
  clearTimeout(keep);
  setTimeout(() => console.log('after signal'), 20);
});
process.kill(process.pid, 'SIGUSR2');
