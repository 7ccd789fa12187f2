console.log('string', 42, 4.5, -0, true, null, undefined, 10n, Symbol('s'));
console.log({ a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: { g: 1 } } } });
console.log([[1, [2, [3, [4, [5]]]]]], [1, 'two', { three: 3 }]);
console.log(new Map([['k', { v: 1 }], [{ o: 1 }, 'obj key']]), new Set(['x', 1, [2]]));
console.log(Object.create(null), Object.assign(Object.create(null), { z: 1, y: [2] }));
class Foo { constructor() { this.a = 1; this.nested = { b: 2 }; } }
class Empty {}
console.log(new Foo(), new Empty(), [new Foo()], { inst: new Empty() });
console.log(function named() {}, () => {}, class Bar {}, Math.max, [function inArr() {}]);
console.log(new Date(0), /re/g, new Error('boom').message, [undefined, null, NaN, Infinity]);
console.log('%s has %d items costing %f', 'cart', 3, 9.99, 'extra', { x: 1 });
console.log('%o and %O', { deep: { er: { est: { x: 1 } } } }, { deep: { er: { est: { x: 1 } } } });
console.log('%j', { json: [1, 'two'] }, '%i', 42.9);
console.log('a'.repeat(100).split('').map((_, i) => i));
console.log({ longPropertyNameNumberOne: 'value number one', longPropertyNameNumberTwo: 'value two', three: [1, 2, 3] });
console.log(['a', 'b'], [], {}, [[]], [{}], '', ' ');
console.log(new Array(3), [1, , 3], Object.assign([1, 2], { extra: true }));
