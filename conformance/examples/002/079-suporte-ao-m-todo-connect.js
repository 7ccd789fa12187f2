const http2 = require('node:http2')

const client = http2.connect('http://localhost:8001')

// Não deve especificar os cabeçalhos ':path' e ':scheme'
// para requisições CONNECT ou um erro será lançado.
const req = client.request({
  ':method': 'CONNECT',
  ':authority': 'localhost:8000',
})

req.on('response', headers => {
  console.log(headers[http2.constants.HTTP2_HEADER_STATUS])
})
let data = ''
req.setEncoding('utf8')
req.on('data', chunk => (data += chunk))
req.on('end', () => {
  console.log(`O servidor diz: ${data}`)
  client.close()
})
req.end('Jane')
