console.log('before');
await Promise.reject(new Error('tla failed'));
console.log('never');
