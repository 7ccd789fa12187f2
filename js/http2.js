'use strict';
// require('http2') / require('node:http2'): Node v20's exports, in Node's order.

const core = require('internal/http2/core');
const compat = require('internal/http2/compat');

module.exports = {
  connect: core.connect,
  constants: core.constants,
  createServer: core.createServer,
  createSecureServer: core.createSecureServer,
  getDefaultSettings: core.getDefaultSettings,
  getPackedSettings: core.getPackedSettings,
  getUnpackedSettings: core.getUnpackedSettings,
  performServerHandshake: core.performServerHandshake,
  sensitiveHeaders: core.sensitiveHeaders,
  Http2ServerRequest: compat.Http2ServerRequest,
  Http2ServerResponse: compat.Http2ServerResponse,
};
