process.on('uncaughtException', (err, origin) => console.log('handler', err.message, origin));
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('alive'), 5);
