// respondWithFile after headers were sent, after destroy, and on a pushed stream's parent after end.
const { serve, tmp } = require('./_h');
const file = tmp('state', 'abc');
serve((stream, headers) => {
  if (headers[':path'] === '/sent') {
    stream.respond({ ':status': 200 });
    try { stream.respondWithFile(file); } catch (e) { console.log('after respond', e.name, e.code, e.message); }
    try { stream.respondWithFD(0); } catch (e) { console.log('fd after respond', e.name, e.code, e.message); }
    stream.end('x');
  } else {
    stream.destroy();
    try { stream.respondWithFile(file); } catch (e) { console.log('destroyed', e.name, e.code, e.message); }
    try { stream.respondWithFD(0); } catch (e) { console.log('fd destroyed', e.name, e.code, e.message); }
  }
}, ['/sent', '/destroyed']);
