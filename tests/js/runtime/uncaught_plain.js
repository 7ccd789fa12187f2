process.on('exit', (c) => console.log('exit', c));
function f() {
  throw new Error('boom');
}
f();
