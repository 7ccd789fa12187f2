// req.setTimeout / res.setTimeout: 'timeout' on the request or response, callback form, returns this.
const { serve, fetch } = require('./_h');
serve({}, (req, res) => {
  if (req.url === '/req') {
    console.log('returns', req.setTimeout(30, () => { console.log('req timeout cb'); res.end('late'); }) === req);
    req.on('timeout', () => console.log('req timeout event'));
  } else {
    console.log('returns', res.setTimeout(30) === res);
    res.on('timeout', () => { console.log('res timeout event'); res.end('late2'); });
  }
}, (client, done) => {
  fetch(client, { ':path': '/req' }, null, (out) => {
    console.log('got', out.body);
    fetch(client, { ':path': '/res' }, null, (out2) => { console.log('got', out2.body); done(); });
  });
});
