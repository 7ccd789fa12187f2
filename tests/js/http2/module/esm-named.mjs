// ESM: named imports of the core API and the default export are the same functions.
import http2, { connect, createServer, createSecureServer, constants, getDefaultSettings,
  getPackedSettings, getUnpackedSettings, sensitiveHeaders, performServerHandshake } from 'node:http2';
import * as ns from 'http2';
console.log(connect === http2.connect, createServer === http2.createServer,
  createSecureServer === http2.createSecureServer, constants === http2.constants);
console.log(getDefaultSettings === http2.getDefaultSettings, getPackedSettings === http2.getPackedSettings,
  getUnpackedSettings === http2.getUnpackedSettings, sensitiveHeaders === http2.sensitiveHeaders,
  performServerHandshake === http2.performServerHandshake);
console.log(ns.default === http2, Object.keys(ns).sort().join(','));
