import { connect } from 'node:http2'
const client = connect('https://localhost:1234')

/* Use o cliente */

client.close()
