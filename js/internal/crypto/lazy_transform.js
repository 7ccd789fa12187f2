'use strict';
// Node's lib/internal/streams/lazy_transform.js: a Transform whose stream state is only built
// when it is used as a stream (hashes are mostly used with update()/digest()).
const stream = require('stream');

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, stream.Transform.prototype);
Object.setPrototypeOf(LazyTransform, stream.Transform);

function makeGetter(name) {
  return function() {
    stream.Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

function makeSetter(name) {
  return function(val) {
    Object.defineProperty(this, name, { value: val, enumerable: true, configurable: true, writable: true });
  };
}

Object.defineProperties(LazyTransform.prototype, {
  _readableState: { get: makeGetter('_readableState'), set: makeSetter('_readableState'), configurable: true, enumerable: true },
  _writableState: { get: makeGetter('_writableState'), set: makeSetter('_writableState'), configurable: true, enumerable: true },
  _transformState: { get: makeGetter('_transformState'), set: makeSetter('_transformState'), configurable: true, enumerable: true },
});

module.exports = { LazyTransform };
