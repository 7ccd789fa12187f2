// An unref'ed server does not keep the process alive; 'listening' still fires.
const net = require('net');
const s = net.createServer();
s.listen(0, () => console.log('listening', typeof s.address().port));
s.unref();
const c = net.createServer().listen(0, () => { console.log('second listening'); c.close(() => console.log('second closed')); });
process.on('exit', (code) => console.log('exit', code));
