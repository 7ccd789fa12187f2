// The NGHTTP2_* error code constants 0..13 in order, the session type constants, and the
// settings id constants.
const { constants } = require('http2');
const names = Object.keys(constants).filter((k) => /^NGHTTP2_[A-Z_0-9]+$/.test(k) && Number.isInteger(constants[k]));
const errs = names.filter((k) => constants[k] >= 0 && constants[k] <= 13 &&
  !/SESSION|STREAM_STATE|FLAG|SETTINGS|DEFAULT|HCAT|NV_FLAG|ERR_FRAME|DATA/.test(k));
console.log(errs.map((k) => `${k}=${constants[k]}`).join('\n'));
console.log(constants.NGHTTP2_SESSION_SERVER, constants.NGHTTP2_SESSION_CLIENT);
console.log(names.filter((k) => k.startsWith('NGHTTP2_SETTINGS_')).map((k) => `${k}=${constants[k]}`).join(' '));
console.log(names.filter((k) => k.startsWith('NGHTTP2_STREAM_STATE_')).map((k) => `${k}=${constants[k]}`).join(' '));
