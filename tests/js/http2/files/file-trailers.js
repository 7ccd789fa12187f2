// respondWithFile and respondWithFD with waitForTrailers: 'wantTrailers' after the file's data.
const { serve, tmp, fs } = require('./_h');
const file = tmp('trl', 'file body');
serve((stream, headers) => {
  stream.on('wantTrailers', () => { console.log('wantTrailers', headers[':path']); stream.sendTrailers({ 'x-done': headers[':path'] }); });
  if (headers[':path'] === '/file') stream.respondWithFile(file, {}, { waitForTrailers: true });
  else {
    const fd = fs.openSync(file, 'r');
    stream.on('close', () => fs.closeSync(fd));
    stream.respondWithFD(fd, { 'content-length': 9 }, { waitForTrailers: true });
  }
}, ['/file', '/fd']);
