// inspect corner cases that Node programs print often
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(new Tagged(), { [Symbol('sym')]: 1, regular: 2 }, [Symbol.iterator]);
class WithGetter { get computed() { return 42; } constructor() { this.own = 1; } }
console.log(new WithGetter(), Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }));
console.log(new Number(3), new String('boxed'), new Boolean(false), Object(10n));
console.log([1.5, -0, 0, NaN], { 'quoted key': 1, valid: 2, 'a.b': 3 }, { __proto__: null, n: 1 });
console.log('%s', [1, [2, [3]]], '%s', { a: { b: { c: 1 } } });
console.log(new Map([[new Map([[1, 2]]), new Set([new Set([1])])]]));
console.log(Array.from({ length: 7 }, (_, i) => 'item number ' + i));
console.log({ fn: function () {}, arrow: () => {}, asyncFn: async () => {}, gen: function* () {} });
console.log([new Date(NaN)], new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6)));
console.log(Object.assign(() => {}, { prop: 1 }), Object.assign(function named() {}, { a: [1] }));
console.log(new Array(120).fill(1).length, new Array(101).fill('x'));
console.log('multi\nline', ['multi\nline'], { s: "it's \"quoted\"" });
