const e = new Error('msg');
console.log(e.stack.split('\n')[0]);
console.log(e.stack.split('\n')[1].startsWith('    at '));
const obj = {};
Error.captureStackTrace(obj);
console.log(typeof obj.stack, obj.stack.split('\n')[0]);
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
console.log(new MyError('custom').stack.split('\n')[0]);
console.log(typeof Error.stackTraceLimit);
try { null.x; } catch (err) { console.log(err instanceof TypeError); }
