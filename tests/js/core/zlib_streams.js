// zlib streams: pipeline round trips of a large body, many small writes, flush(), params(),
// reset(), info, bytesWritten, stream errors and their events.
const zlib = require('zlib');
const { pipeline, PassThrough, Readable } = require('stream');

// deterministic, partly compressible 1.5 MB
const big = Buffer.alloc(1_500_000);
let x = 12345;
for (let i = 0; i < big.length; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; big[i] = i % 7 === 0 ? (x >> 16) & 0xff : 97 + (i % 13); }

function collect(stream) {
  return new Promise((resolve, reject) => {
    const parts = [];
    stream.on('data', (c) => parts.push(c));
    stream.on('end', () => resolve(Buffer.concat(parts)));
    stream.on('error', reject);
  });
}

(async () => {
  for (const [c, d] of [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'], ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip']]) {
    const enc = zlib[c]({ level: 6 });
    const dec = zlib[d]();
    const out = new PassThrough();
    const done = collect(out);
    await new Promise((resolve, reject) => pipeline(Readable.from([big.subarray(0, 700_000), big.subarray(700_000)]), enc, dec, out, (err) => (err ? reject(err) : resolve())));
    const back = await done;
    console.log(c, d, back.length, back.equals(big), enc.bytesWritten, dec.bytesWritten > 0);
  }
  // many small writes, then a sync flush: the peer can decode what was flushed so far
  const g = zlib.createDeflate();
  const inflater = zlib.createInflate();
  const got = [];
  g.on('data', (c) => inflater.write(c));
  inflater.on('data', (c) => got.push(c.toString()));
  for (let i = 0; i < 100; i++) g.write(`line ${i}\n`);
  await new Promise((resolve) => g.flush(zlib.constants.Z_SYNC_FLUSH, resolve));
  // the inflater works off the thread pool too: its own flush waits for the writes queued before it
  await new Promise((resolve) => inflater.flush(resolve));
  console.log('after flush', got.join('').split('\n').length - 1, 'lines decoded');
  g.end();
  await new Promise((resolve) => g.on('end', resolve));
  // params(): output stays a valid stream
  const p = zlib.createDeflate({ level: 1 });
  const pdone = collect(p);
  p.write(big.subarray(0, 1000));
  await new Promise((resolve) => p.params(9, zlib.constants.Z_DEFAULT_STRATEGY, resolve));
  p.end(big.subarray(1000, 5000));
  console.log('params round trip', zlib.inflateSync(await pdone).equals(big.subarray(0, 5000)));
  // info
  const info = zlib.deflateSync('abc', { info: true });
  console.log('info', Object.keys(info), info.engine.constructor.name, zlib.inflateSync(info.buffer).toString());
  // the last three run one after another: each is a thread-pool job in node, racing when started together
  // a stream error: 'error' then 'close', with errno and code
  const bad = zlib.createGunzip();
  const events = [];
  bad.on('error', (e) => events.push(`error ${e.code} ${e.errno} ${e.message}`));
  bad.end(Buffer.from('definitely not gzip'));
  await new Promise((resolve) => bad.on('close', () => { events.push('close'); console.log(events.join(' | '), bad.destroyed); resolve(); }));
  // string input, encoding on the readable side
  const s = zlib.createGunzip();
  s.setEncoding('utf8');
  s.on('data', (t) => console.log('string chunk', typeof t, t));
  s.end(zlib.gzipSync('héllo wörld'));
  await new Promise((resolve) => s.on('end', resolve));
  // truncated input through a stream: unexpected end of file
  const half = zlib.gzipSync(big.subarray(0, 10000)).subarray(0, 100);
  zlib.gunzip(half, (err) => console.log('truncated', err.code, err.errno, err.message));
})();
