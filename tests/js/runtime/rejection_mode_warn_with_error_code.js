// @env NODE_OPTIONS=--unhandled-rejections=warn-with-error-code
// @env NODE_NO_WARNINGS=1
// warn-with-error-code: a warning and exit code 1, unless unhandledRejection is listened to
process.on('warning', (w) => console.log('warning', w.name, w.message.split('\n')[0]));
Promise.reject(new Error('coded'));
setTimeout(() => console.log('still running', process.exitCode), 5);
process.on('exit', (c) => console.log('exit', c));
