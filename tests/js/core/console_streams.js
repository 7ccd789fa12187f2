console.log('log'); console.info('info'); console.debug('debug');
console.warn('warn'); console.error('error', { e: 1 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir('just a string');
console.dirxml('dirxml', 1);
console.trace === undefined || console.log(typeof console.trace);
