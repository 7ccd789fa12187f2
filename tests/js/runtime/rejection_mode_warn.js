// @env NODE_OPTIONS=--unhandled-rejections=warn
// @env NODE_NO_WARNINGS=1
// warn: unhandledRejection is emitted and a warning always follows; late handlers warn too
process.on('warning', (w) => console.log('warning', w.name, w.message.split('\n')[0]));
const p = Promise.reject(new Error('warned'));
Promise.reject(null);
setTimeout(() => {
  process.on('unhandledRejection', (r) => console.log('unhandledRejection', r && r.message));
  p.catch(() => console.log('late catch'));
  Promise.reject(new Error('with listener'));
}, 5);
process.on('exit', (c) => console.log('exit', c));
