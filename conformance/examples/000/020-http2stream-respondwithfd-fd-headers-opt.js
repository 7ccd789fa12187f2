const http2 = require('http2');
const fs = require('fs');
const fd = fs.openSync('/some/file', 'r');
const server = http2.createServer();
server.on('stream', (stream) => {
const stat = fs.fstatSync(fd);
const headers = {
'content-length': stat.size,
'last-modified': stat.mtime.toUTCString(),
'content-type': 'text/plain'
};
stream.respondWithFD(fd, headers, {
getTrailers(trailers) {
trailers['ABC'] = 'some value to send';
}
});
});
server.on('close', () => fs.closeSync(fd));
