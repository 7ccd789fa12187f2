// addTrailers / setTrailer send trailers after the body; invalid trailer names throw.
const { serve, fetch } = require('./_h');
serve({}, (req, res) => {
  res.addTrailers({ 'x-t1': 'one', 'X-T2': 'two' });
  res.setTrailer('x-t3', 'three');
  try { res.setTrailer('bad name', 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.setTrailer('x-ok', undefined); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.addTrailers({ ':path': '/' }); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.setTrailer(5, 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
  res.write('a');
  res.end('b');
}, (client, done) => {
  fetch(client, { ':path': '/' }, null, (out) => {
    console.log(out.body, JSON.stringify(out.trailers));
    done();
  });
});
