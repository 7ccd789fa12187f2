const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
stream.respond({ ':status': 200 }, {
getTrailers(trailers) {
trailers['ABC'] = 'some value to send';
}
});
stream.end('some data');
});
