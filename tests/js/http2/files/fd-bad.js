// respondWithFD on a closed fd number: the stream fails (onError when given).
const { serve, tmp, fs } = require('./_h');
const file = tmp('badfd', 'abc');
const fd = fs.openSync(file, 'r');
fs.closeSync(fd);
serve((stream, headers) => {
  stream.on('error', (e) => console.log('stream error', e.name, e.code));
  if (headers[':path'] === '/onerror') {
    stream.respondWithFD(fd, {}, {
      statCheck() { console.log('statCheck (unexpected)'); },
      onError(e) { console.log('onError', e.code); stream.respond({ ':status': 500 }); stream.end(); },
    });
  } else {
    stream.respondWithFD(fd, {}, { statCheck() { console.log('statCheck (unexpected)'); } });
  }
}, ['/onerror', '/plain']);
