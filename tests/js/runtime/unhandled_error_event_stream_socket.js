// Unhandled 'error' events on a stream (Readable, emitted on a later tick by destroy()) and on a
// net.Socket (ECONNREFUSED, its properties printed after the stacks), per @args.
const which = process.argv[2];
if (which === 'socket') {
  // port 1 (tcpmux) is closed here: the message, which names the port, stays the same
  require('net').connect(1, '127.0.0.1');
} else {
  const { Readable } = require('stream');
  new Readable({ read() {} }).destroy(new Error('stream boom'));
}
