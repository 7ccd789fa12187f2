const { Writable } = require('stream');
const w = new Writable({ highWaterMark: 4, write(chunk, enc, cb) { setTimeout(cb, 1); } });
console.log(w.write('ab'), w.write('cd'), w.writableLength, w.writableHighWaterMark, w.writableNeedDrain);
w.on('drain', () => { console.log('drain', w.writableLength); w.end(); });
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
