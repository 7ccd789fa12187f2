process.on('uncaughtException', (e) => { console.log('handled', e.message); process.exitCode = 3; });
process.on('exit', (c) => console.log('exit', c));
throw new Error('top level');
