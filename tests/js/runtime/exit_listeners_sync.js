process.on('exit', () => console.log('a'));
process.on('exit', () => console.log('b'));
setTimeout(() => { console.log('timer'); process.exit(); }, 5);
setTimeout(() => console.log('never'), 1000);
