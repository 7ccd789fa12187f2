import x from 'no-such-pkg-xyz';
console.log(x);
