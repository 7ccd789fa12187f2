// @env NODE_OPTIONS=--unhandled-rejections=none
// none: silent, exit 0; listeners still run
process.on('warning', (w) => console.log('warning', w.name));
Promise.reject(new Error('ignored'));
setTimeout(() => {
  process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
  Promise.reject(new Error('seen'));
}, 5);
process.on('exit', (c) => console.log('exit', c));
