process.on('exit', (c) => { console.log('exit listener', c); process.exitCode = 9; });
process.exit(2);
