'use strict';
// `stream/promises`: pipeline and finished returning promises.
module.exports = require('internal/streams/wire').promises;
