// writeContinue sends a 100 informational header; writeContinue after headers returns false.
const { serve, fetch } = require('./_h');
serve({}, (req, res) => {
  console.log('writeContinue', res.writeContinue());
  res.writeHead(200);
  console.log('after headers', res.writeContinue());
  res.end('body');
}, (client, done) => {
  fetch(client, { ':path': '/' }, null, (out) => {
    console.log('infos', out.infos, 'status', out.headers[':status'], out.body);
    done();
  });
});
