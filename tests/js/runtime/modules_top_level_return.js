console.log('before return');
if (true) return;
console.log('never');
