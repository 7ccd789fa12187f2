// for await over a custom async iterator whose next() rejects, and over a sync iterable holding
// rejected promises: the loop's own await handles the rejection (no unhandledRejection)
const it = {
  [Symbol.asyncIterator]() { return this; },
  next() { return Promise.reject(new Error('next failed')); },
};
(async () => {
  try {
    for await (const v of it) console.log('value', v);
  } catch (e) {
    console.log('caught', e.message);
  }
  try {
    for await (const v of [1, Promise.reject(new Error('second element'))]) console.log('value', v);
  } catch (e) {
    console.log('caught', e.message);
  }
  let n = 0;
  const closing = {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ value: ++n, done: false }); },
    return() { return Promise.reject(new Error('return failed')); },
  };
  try {
    for await (const v of closing) { console.log('value', v); throw new Error('body threw'); }
  } catch (e) {
    console.log('caught', e.message);
  }
  try {
    for await (const v of closing) { console.log('value', v); break; }
  } catch (e) {
    console.log('caught', e.message);
  }
  const r = await it.next().catch((e) => e.message);
  console.log('awaited', r);
})().then(() => console.log('done'));
process.on('exit', (c) => console.log('exit', c));
