// respondWithFile / respondWithFD synchronous argument errors.
const { serve, tmp, http2 } = require('./_h');
const file = tmp('errs', 'x');
serve((stream) => {
  for (const [label, f] of [
    ['path num', () => stream.respondWithFile(5)],
    ['offset str', () => stream.respondWithFile(file, {}, { offset: 'a' })],
    ['offset neg', () => stream.respondWithFile(file, {}, { offset: -1 })],
    ['length str', () => stream.respondWithFile(file, {}, { length: 'a' })],
    ['statCheck', () => stream.respondWithFile(file, {}, { statCheck: 5 })],
    ['onError', () => stream.respondWithFile(file, {}, { onError: 'x' })],
    ['options', () => stream.respondWithFile(file, {}, 'x')],
    ['status 204', () => stream.respondWithFile(file, { ':status': 204 })],
    ['status 304', () => stream.respondWithFile(file, { ':status': 304 })],
    ['fd str', () => stream.respondWithFD('x')],
    ['fd neg', () => stream.respondWithFD(-2)],
    ['fd obj', () => stream.respondWithFD({})],
    ['fd statCheck', () => stream.respondWithFD(0, {}, { statCheck: 1 })],
    ['fd 204', () => stream.respondWithFD(0, { ':status': 204 })],
  ]) {
    try { f(); console.log(label, 'no throw'); break; } catch (e) { console.log(label, e.name, e.code, e.message); }
  }
  stream.respond({ ':status': 200 });
  stream.end('fine');
}, ['/']);
