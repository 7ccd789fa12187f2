console.assert(true, 'not printed');
console.assert(false, 'printed %s', 'formatted');
console.assert(false);
console.assert(0, { obj: 1 });
console.trace('trace message %d', 5);
console.log('after trace');
