// maxHeaderSize and maxHeaderListSize disagree: Node warns and packs maxHeaderSize.
// @env NODE_NO_WARNINGS=1
const http2 = require('http2');
process.on('warning', (w) => console.log('warning:', w.name, w.message));
console.log(http2.getPackedSettings({ maxHeaderListSize: 5, maxHeaderSize: 6 }).toString('hex'));
console.log(http2.getPackedSettings({ maxHeaderListSize: 5 }).toString('hex'));
console.log('sync done');
