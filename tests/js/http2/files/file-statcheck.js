// statCheck: sees a Stats object, can add headers, can cancel by returning false (then respond itself).
const { serve, tmp } = require('./_h');
const file = tmp('stat', 'hello world');
serve((stream, headers) => {
  const p = headers[':path'];
  stream.respondWithFile(file, { 'content-type': 'text/plain' }, {
    statCheck(stat, h, opts) {
      console.log(p, 'statCheck', stat.isFile(), stat.size, typeof stat.mtime, opts);
      if (p === '/cancel') {
        stream.respond({ ':status': 304 });
        stream.end();
        return false;
      }
      h['last-modified'] = 'fixed';
      h['x-size'] = String(stat.size);

    },
  });
}, ['/add', '/cancel']);
