import { createServer } from 'node:http2'

const server = createServer()
server.on('session', session => {
  // Define altsvc para a origem https://example.org:80
  session.altsvc('h2=":8000"', 'https://example.org:80')
})

server.on('stream', stream => {
  // Define altsvc para um stream específico
  stream.session.altsvc('h2=":8000"', stream.id)
})
