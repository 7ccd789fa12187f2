// appendHeader builds lists; getHeaders returns a null-prototype copy; case-insensitive names.
const { serve, fetch, pick } = require('./_h');
serve({}, (req, res) => {
  res.appendHeader('X-List', 'a');
  res.appendHeader('x-list', 'b');
  res.appendHeader('X-LIST', ['c', 'd']);
  res.setHeader('x-single', 'one');
  res.appendHeader('x-single', 'two');
  res.setHeader('X-Num', 5);
  const h = res.getHeaders();
  console.log(Object.getPrototypeOf(h), JSON.stringify(h));
  h['x-added'] = 'no';
  console.log(res.hasHeader('x-added'), res.getHeader('X-List'), typeof res.getHeader('x-num'));
  console.log(res.getHeaderNames());
  res.end();
}, (client, done) => {
  fetch(client, { ':path': '/' }, null, (out) => {
    console.log(pick(out.headers, ['x-list', 'x-single', 'x-num']));
    done();
  });
});
