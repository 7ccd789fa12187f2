// for await over a Readable destroyed with an error (while waiting and before iterating)
const { Readable, PassThrough } = require('stream');
(async () => {
  const r = new Readable({ read() {} });
  r.push('one');
  setTimeout(() => r.destroy(new Error('stream broke')), 5);
  try {
    for await (const chunk of r) console.log('chunk', String(chunk));
  } catch (e) {
    console.log('caught', e.message);
  }
  const p = new PassThrough();
  p.destroy(new Error('destroyed early'));
  try {
    for await (const chunk of p) console.log('chunk', chunk);
  } catch (e) {
    console.log('caught', e.message);
  }
  const r2 = Readable.from(['x', 'y']);
  try {
    for await (const chunk of r2) {
      console.log('chunk', chunk);
      r2.destroy(new Error('destroyed inside the loop'));
    }
  } catch (e) {
    console.log('caught', e.message);
  }
})().then(() => console.log('done'));
process.on('exit', (c) => console.log('exit', c));
