const http2 = require('http2');
