// errors inside console.log: cause, AggregateError, extra own properties, errors in containers
const withCause = new Error('outer', { cause: new TypeError('inner') });
console.log(withCause);
console.log(new AggregateError([new Error('a'), new RangeError('b')], 'many'));
const e = new Error('props');
e.code = 'E_CUSTOM'; e.details = { n: 1 };
console.log(e);
console.log({ err: new TypeError('in object') }, [new SyntaxError('in array')]);
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
console.log(new MyError('custom class'));
const noStack = new Error('no stack'); noStack.stack = undefined;
console.log(noStack);
const weird = new Error('weird'); weird.name = 'Renamed';
console.log(weird, String(weird));
console.log(Object.prototype.toString.call(new Error('x')), new Error('msg').toString());
