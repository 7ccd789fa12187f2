console.log('start');
const v = await new Promise((r) => setTimeout(() => r('resolved'), 5));
console.log('after await', v);
const mod = await import('./_lib.mjs');
console.log('dynamic', mod.answer, typeof mod.default);
for await (const x of [1, Promise.resolve(2)]) console.log('for await', x);
