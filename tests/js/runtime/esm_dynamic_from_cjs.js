import('./_lib.mjs').then((m) => console.log('dynamic from cjs', m.answer, m.counter));
console.log('sync first');
