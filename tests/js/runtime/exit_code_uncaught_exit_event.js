process.on('exit', (code) => { console.log('exit code in listener', code, process.exitCode); });
process.exitCode = 5;
setTimeout(() => { throw new Error('late'); }, 1);
