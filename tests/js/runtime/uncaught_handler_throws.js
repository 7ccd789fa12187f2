process.on('uncaughtException', () => { throw new Error('second'); });
throw new Error('first');
