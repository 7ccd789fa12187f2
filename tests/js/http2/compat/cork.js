// res.cork()/uncork(): writableCorked counts; corked writes go out together.
const { serve, fetch } = require('./_h');
serve({}, (req, res) => {
  res.cork();
  res.cork();
  console.log('corked', res.writableCorked);
  res.write('a');
  res.write('b');
  res.uncork();
  console.log('after one uncork', res.writableCorked);
  res.uncork();
  console.log('after two', res.writableCorked, res.writableLength >= 0);
  res.end('c');
}, (client, done) => {
  fetch(client, { ':path': '/' }, null, (out) => { console.log('body', out.body); done(); });
});
