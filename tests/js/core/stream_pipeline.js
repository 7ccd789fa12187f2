const { Readable, Transform, Writable, pipeline, PassThrough } = require('stream');
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
const out = [];
const sink = new Writable({ write(chunk, enc, cb) { out.push(chunk.toString()); cb(); } });
pipeline(Readable.from(['one', 'two']), upper, new PassThrough(), sink, (err) => {
  console.log('pipeline done', err, out);
  const failing = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
  pipeline(Readable.from(['x']), failing, new PassThrough(), (err2) => console.log('failed pipeline:', err2.message));
});
