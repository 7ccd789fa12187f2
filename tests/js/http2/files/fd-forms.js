// respondWithFD with a number and with a FileHandle, offset/length, content-length from headers only.
const { serve, tmp, fs } = require('./_h');
const file = tmp('fdforms', '0123456789');
let fh;
serve(async (stream, headers) => {
  const p = headers[':path'];
  if (p === '/num') {
    const fd = fs.openSync(file, 'r');
    stream.on('close', () => fs.closeSync(fd));
    stream.respondWithFD(fd, { 'content-type': 'text/plain' }, { offset: 2, length: 4 });
  } else if (p === '/handle') {
    fh = await fs.promises.open(file, 'r');
    stream.on('close', () => fh.close());
    stream.respondWithFD(fh, {}, { offset: 7 });
  } else {
    const fd = fs.openSync(file, 'r');
    stream.on('close', () => fs.closeSync(fd));
    stream.respondWithFD(fd, {}, { statCheck(stat, h) { h['x-size'] = stat.size; } });
  }
}, ['/num', '/handle', '/stat']);
