import { connect } from 'node:http2'

const client = connect('http://localhost')

client.on('stream', (pushedStream, requestHeaders) => {
  pushedStream.on('push', responseHeaders => {
    // Processar cabeçalhos de resposta
  })
  pushedStream.on('data', chunk => {
    /* lidar com dados push */
  })
})

const req = client.request({ ':path': '/' })
