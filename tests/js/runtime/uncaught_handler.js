process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin, err instanceof TypeError, err.code);
});
setTimeout(() => {
  const e = new TypeError('bad thing');
  e.code = 'ERR_X';
  throw e;
}, 1);
setTimeout(() => console.log('still running'), 10);
