let http2
try {
  http2 = require('node:http2')
} catch (err) {
  console.error('O suporte a http2 está desabilitado!')
}
