// A missing file or a directory: without onError the stream is reset (client sees the error); with onError the handler runs.
const { serve, tmp } = require('./_h');
const os = require('os');
serve((stream, headers) => {
  const p = headers[':path'];
  stream.on('error', (e) => console.log(p, 'server stream error', e.code, e.message.replace(/'.*'/, "'<path>'")));
  if (p === '/missing') stream.respondWithFile('/nonexistent/nc-h2-nope');
  else if (p === '/dir') stream.respondWithFile(os.tmpdir());
  else if (p === '/missing-onerror') {
    stream.respondWithFile('/nonexistent/nc-h2-nope', {}, {
      onError(err) { console.log('onError', err.code, err.syscall); stream.respond({ ':status': 404 }); stream.end('nf'); },
    });
  } else {
    stream.respondWithFile(os.tmpdir(), {}, {
      onError(err) { console.log('onError dir', err.name, err.code, err.message); stream.respond({ ':status': 500 }); stream.end(); },
    });
  }
}, ['/missing', '/dir', '/missing-onerror', '/dir-onerror']);
