// zlib: sync/callback/stream forms, errors (errno/code), options validation, crc32, constants.
const zlib = require('zlib');
const input = Buffer.from('hello hello hello hello '.repeat(100));
for (const [c, d] of [['gzipSync','gunzipSync'],['deflateSync','inflateSync'],['deflateRawSync','inflateRawSync'],['gzipSync','unzipSync'],['deflateSync','unzipSync']]) {
  const z = zlib[c](input); const back = zlib[d](z);
  console.log(c, d, z.length, back.equals(input));
}
console.log(zlib.gzipSync('abc', {level: 9}).subarray(0, 4));
try { zlib.inflateSync(Buffer.from('garbage')) } catch (e) { console.log(e.message, e.errno, e.code, Object.keys(e)) }
try { zlib.gunzipSync(zlib.gzipSync('hello').subarray(0, 10)) } catch (e) { console.log(e.message, e.errno, e.code) }
try { zlib.gzipSync(42) } catch (e) { console.log(e.name, e.code, e.message) }
try { zlib.gzipSync('x', {level: 12}) } catch (e) { console.log(e.name, e.code, e.message) }
try { zlib.gzipSync('x', {chunkSize: 10}) } catch (e) { console.log(e.name, e.code, e.message) }
try { zlib.gzipSync('x', {windowBits: 'a'}) } catch (e) { console.log(e.name, e.code, e.message) }
try { zlib.gunzipSync(zlib.gzipSync('x'.repeat(1000)), {maxOutputLength: 10}) } catch (e) { console.log(e.name, e.code, e.message) }
try { zlib.gzip('x') } catch (e) { console.log(e.name, e.code, e.message) }
console.log(zlib.crc32('hello'), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32(Buffer.from('hello world')));
console.log(Object.keys(zlib).filter(k => !k.includes('rotli')).join(' '));
console.log(zlib.Z_SYNC_FLUSH, zlib.codes.Z_DATA_ERROR, zlib.codes[-3], zlib.constants.Z_MAX_CHUNK);
const two = Buffer.concat([zlib.gzipSync('one '), zlib.gzipSync('two')]);
console.log(zlib.gunzipSync(two).toString());
// The asynchronous forms run one after another: in node each is a thread-pool job, so jobs started
// together finish in any order under load.
const d = zlib.Deflate(); console.log(d instanceof zlib.Deflate, d.constructor.name, d._closed);
d.on('close', () => console.log('deflate close', d._closed)); d.close();
const bad = zlib.createInflate();
bad.on('error', (e) => { console.log('stream error', e.code, e.errno, e.message); callbacks(); });
bad.end(Buffer.from('nope nope'));
function callbacks() {
  zlib.gzip(input, (err, out) => {
    console.log('gzip cb', err, out.length);
    zlib.gunzip(out, (err, back) => {
      console.log('gunzip cb', err, back.equals(input));
      zlib.inflate(out, (err, back) => {
        console.log('inflate cb', err && err.code, err && err.message, back);
        streams();
      });
    });
  });
}
function streams() {
  const g = zlib.createGzip(); const u = zlib.createGunzip();
  const chunks = [];
  g.pipe(u).on('data', (c) => chunks.push(c)).on('end', () => console.log('stream', Buffer.concat(chunks).toString()));
  g.write('abc'); g.flush(() => { console.log('flushed', g.bytesWritten); g.end('def'); });
}
