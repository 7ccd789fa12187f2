process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason.message, promise instanceof Promise);
});
Promise.reject(new Error('x'));
setTimeout(() => console.log('continues'), 5);
