// ESM forms: named imports, default import and namespace agree.
import http2, { constants, getPackedSettings, sensitiveHeaders } from 'node:http2';
import * as ns from 'http2';
console.log(http2.constants === constants, ns.constants === constants, ns.default === http2);
console.log(getPackedSettings({ enablePush: false }).toString('hex'));
console.log(typeof sensitiveHeaders, Object.keys(ns).sort().join(','));
