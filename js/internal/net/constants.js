'use strict';
// Event kinds sent by nodecompat/net/binding.py and nodecompat/tls/binding.py (keep in sync).
module.exports = {
  EV_DATA: 1, EV_END: 2, EV_DRAIN: 3, EV_TIMEOUT: 4, EV_ERROR: 5, EV_CLOSE: 6,
  EV_CONNECT: 7, EV_LOOKUP: 8, EV_SECURE: 9, EV_TLS_ERROR: 10,
  EV_SESSION: 11, EV_KEYLOG: 12, EV_HANDSHAKE_START: 13,
  EV_CONNECTION: 20, EV_SERVER_CLOSE: 21,
};
