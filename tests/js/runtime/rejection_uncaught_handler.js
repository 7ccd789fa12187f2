// default mode with an uncaughtException handler: it receives the reason with origin
// 'unhandledRejection' (non-Error reasons wrapped in ERR_UNHANDLED_REJECTION)
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err.name, err.code, err.message);
});
Promise.reject(new Error('an error'));
Promise.reject({ some: 'object' });
(async () => { for await (const x of [Promise.reject(Symbol('sym'))]); })();
setTimeout(() => console.log('alive'), 5);
class Foo {}
for (const v of [[1, 2], new Foo(), function f() { return 1; }, 5n, null, new Map(), Object.create(null),
  /re/g, new Date(0), { [Symbol.toStringTag]: 'Tagged' }, Object.assign(Object.create(Error.prototype), { message: 'fake' })]) {
  Promise.reject(v);
}
