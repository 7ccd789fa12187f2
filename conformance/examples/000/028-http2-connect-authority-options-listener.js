const http2 = require('http2');
const client = http2.connect('https://localhost:1234');
/** use the client **/
client.destroy();
