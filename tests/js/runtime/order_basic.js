const log = [];
setImmediate(() => log.push('immediate'));
process.nextTick(() => log.push('tick1'));
Promise.resolve().then(() => log.push('promise1')).then(() => log.push('promise2'));
queueMicrotask(() => log.push('microtask'));
process.nextTick(() => log.push('tick2'));
log.push('sync');
// printed at exit: a timer could fire before the immediate when the loop starts late
process.on('exit', () => { console.log(log.join(' ')); });
