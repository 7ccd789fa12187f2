const t = setTimeout(() => console.log('never'), 50);
const id = +t;
console.log(typeof id, typeof t[Symbol.toPrimitive]);
clearTimeout(id);
const t2 = setTimeout(() => console.log('runs', 'x'), 1);
console.log(`${t2}` === String(+t2));
