// a promise rejected with a falsy value reaches the callback as ERR_FALSY_VALUE_REJECTION
const util = require('util');
const falsy = util.callbackify(() => Promise.reject(null));
falsy((err) => console.log('falsy', err.name, err.code, err.message, err.reason));
const zero = util.callbackify(async () => { throw 0; });
zero((err) => console.log('zero', err.code, err.reason));
