// for await over an async generator that throws after a yield (synchronously on resume, and
// after an await), and yield* delegating to one
async function* gen() {
  yield 1;
  throw new Error('generator failed');
}
async function* later() {
  yield 'a';
  await null;
  throw new Error('after await');
}
async function* outer() {
  yield 0;
  yield* gen();
}
(async () => {
  for (const g of [gen, later, outer]) {
    try {
      for await (const v of g()) console.log(g.name, 'value', v);
    } catch (e) {
      console.log(g.name, 'caught', e.message);
    }
  }
  const it = gen();
  console.log(await it.next());
  const p = it.next();
  setTimeout(() => p.catch((e) => console.log('late catch', e.message)), 1);
})();
process.on('unhandledRejection', (r, p) => console.log('unhandledRejection', r.message, p instanceof Promise));
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p instanceof Promise));
process.on('exit', (c) => console.log('exit', c));
