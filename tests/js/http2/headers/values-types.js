// Header values of different types: numbers, arrays, booleans, objects as they arrive on the other side.
const { serve } = require('./_h');
serve((stream, headers) => {
  for (const k of ['x-num', 'x-bool', 'x-arr', 'x-obj', 'x-empty']) console.log(k, JSON.stringify(headers[k]));
  stream.respond({ ':status': 200, 'content-length': 2, 'x-zero': 0 });
  stream.end('ok');
}, (client, done) => {
  const req = client.request({
    ':path': '/', 'x-num': 42, 'x-bool': true, 'x-arr': [1, 'two'], 'x-obj': { a: 1 }, 'x-empty': '',
  });
  req.on('response', (h) => console.log('client', JSON.stringify(h['content-length']), JSON.stringify(h['x-zero'])));
  req.resume();
  req.on('end', done);
});
