console.log('hello', 42, { a: [1, 2] });
console.error('to stderr');
