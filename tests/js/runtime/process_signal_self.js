process.on('SIGUSR2', (name, num) => {
  console.log('got', name, num);
  process.removeAllListeners('SIGUSR2');
});
process.kill(process.pid, 'SIGUSR2');
setTimeout(() => console.log('after signal'), 20);
