const http2 = require('node:http2')
const client = http2.connect('https://localhost:1234')

/* Use o cliente */

client.close()
