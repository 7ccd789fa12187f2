const http2 = require('node:http2')
