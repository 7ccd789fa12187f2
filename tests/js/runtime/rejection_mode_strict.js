// @env NODE_OPTIONS=--unhandled-rejections=strict
// @env NODE_NO_WARNINGS=1
// strict: the uncaught-exception path first (a handler keeps the process alive), then
// unhandledRejection; a warning only if nobody listens to unhandledRejection
process.on('uncaughtException', (err, origin) => console.log('uncaughtException', err.message, origin));
process.on('warning', (w) => console.log('warning', w.name, w.message.split('\n')[0]));
Promise.reject(new Error('first'));
setTimeout(() => {
  process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message || r));
  Promise.reject(new Error('second'));
  Promise.reject(7);
}, 5);
process.on('exit', (c) => console.log('exit', c));
