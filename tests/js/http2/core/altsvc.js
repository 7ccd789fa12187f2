// ALTSVC frames: server session.altsvc() by origin and by stream; the client's 'altsvc' event.
const http2 = require('http2');
const server = http2.createServer();
server.on('session', (session) => {
  session.altsvc('h2=":8000"', 'https://example.org:443');
  try {
    session.altsvc('h2=":8000"', 'not a url');
  } catch (e) {
    console.log(e.code);
  }
  try {
    session.altsvc('bad\nvalue', 1);
  } catch (e) {
    console.log(e.code);
  }
  try {
    session.altsvc('x', 0);
  } catch (e) {
    console.log(e.code);
  }
  try {
    session.altsvc(5);
  } catch (e) {
    console.log(e.code);
  }
});
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('altsvc', (alt, origin, stream) => {
    console.log('altsvc', alt, origin, stream);
    client.close();
    server.close();
  });
});
