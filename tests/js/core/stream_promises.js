const { pipeline, finished } = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');
(async () => {
  const chunks = [];
  await pipeline(Readable.from(['a', 'b']), async function* (src) { for await (const c of src) yield c + '!'; },
    new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } }));
  console.log('pipeline', chunks);
  const p = new PassThrough();
  p.end('data'); p.resume();
  await finished(p);
  console.log('finished ok');
  const all = [];
  for await (const c of Readable.from([1, 2, 3])) all.push(c);
  console.log(all, await Readable.from([1, 2, 3]).map((x) => x * 10).toArray());
})();
