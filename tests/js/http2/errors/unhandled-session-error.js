// Unhandled 'error' on a ClientHttp2Session whose connect fails (ECONNREFUSED; port 1 is closed
// here, and the message names the port): the socket's error is re-emitted on the session
// ("on ClientHttp2Session instance").
const http2 = require('http2');
http2.connect('http://127.0.0.1:1');
