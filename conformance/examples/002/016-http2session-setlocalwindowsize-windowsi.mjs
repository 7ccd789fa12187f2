import { createServer } from 'node:http2'

const server = createServer()
const expectedWindowSize = 2 ** 20
server.on('session', session => {
  // Define o tamanho da janela local para ser 2 ** 20
  session.setLocalWindowSize(expectedWindowSize)
})
