process.once('custom', (x) => console.log('custom', x));
process.emit('custom', 1);
process.emit('custom', 2);
console.log(process.listenerCount('custom'), typeof process.emitWarning);
process.on('warning', () => {});
console.log(process.listenerCount('warning'));
