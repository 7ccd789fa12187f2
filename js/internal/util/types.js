'use strict';
// util.types: brand checks built on Object.prototype.toString and prototype slots (no V8 API).

const toStr = Object.prototype.toString;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const getTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;

function tryCall(fn, v) {
  try { fn.call(v); return true; } catch { return false; }
}

const byteLengthOf = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : null;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const dvBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;

const isObj = (v) => v !== null && (typeof v === 'object' || typeof v === 'function');

function isTypedArray(v) { return getTag.call(v) !== undefined; }
const typedChecker = (name) => (v) => getTag.call(v) === name;

const asyncFnProto = Object.getPrototypeOf(async function() {});
const genFnProto = Object.getPrototypeOf(function* () {});
const asyncGenFnProto = Object.getPrototypeOf(async function* () {});
const mapIterProto = Object.getPrototypeOf(new Map()[Symbol.iterator]());
const setIterProto = Object.getPrototypeOf(new Set()[Symbol.iterator]());

const types = {
  isExternal: () => false,
  isDate: (v) => isObj(v) && tryCall(Date.prototype.getTime, v),
  isArgumentsObject: (v) => isObj(v) && toStr.call(v) === '[object Arguments]',
  isBigIntObject: (v) => isObj(v) && tryCall(BigInt.prototype.valueOf, v),
  isBooleanObject: (v) => isObj(v) && tryCall(Boolean.prototype.valueOf, v),
  isNumberObject: (v) => isObj(v) && tryCall(Number.prototype.valueOf, v),
  isStringObject: (v) => isObj(v) && tryCall(String.prototype.valueOf, v),
  isSymbolObject: (v) => isObj(v) && tryCall(Symbol.prototype.valueOf, v),
  isNativeError: (v) => isObj(v) && (typeof Error.isError === 'function' ? Error.isError(v) :
    (v instanceof Error || toStr.call(v) === '[object Error]')),
  isRegExp: (v) => isObj(v) && tryCall(regexpSource, v) && v !== RegExp.prototype,
  isAsyncFunction: (v) => typeof v === 'function' &&
    (Object.getPrototypeOf(v) === asyncFnProto || Object.getPrototypeOf(v) === asyncGenFnProto),
  isGeneratorFunction: (v) => typeof v === 'function' &&
    (Object.getPrototypeOf(v) === genFnProto || Object.getPrototypeOf(v) === asyncGenFnProto),
  isGeneratorObject: (v) => isObj(v) && toStr.call(v) === '[object Generator]',
  isPromise: (v) => isObj(v) && tryCall(() => Promise.prototype.then.call(v, () => {}, () => {}), v) &&
    toStr.call(v) === '[object Promise]',
  isMap: (v) => isObj(v) && tryCall(mapSize, v),
  isSet: (v) => isObj(v) && tryCall(setSize, v),
  isMapIterator: (v) => isObj(v) && Object.getPrototypeOf(v) === mapIterProto,
  isSetIterator: (v) => isObj(v) && Object.getPrototypeOf(v) === setIterProto,
  isWeakMap: (v) => isObj(v) && tryCall(function() { WeakMap.prototype.has.call(this, {}); }, v),
  isWeakSet: (v) => isObj(v) && tryCall(function() { WeakSet.prototype.has.call(this, {}); }, v),
  isArrayBuffer: (v) => isObj(v) && tryCall(byteLengthOf, v),
  isDataView: (v) => isObj(v) && tryCall(dvBuffer, v),
  isSharedArrayBuffer: (v) => sabByteLength !== null && isObj(v) && tryCall(sabByteLength, v),
  isProxy: () => false,
  isModuleNamespaceObject: (v) => isObj(v) && v[Symbol.toStringTag] === 'Module' &&
    Object.getPrototypeOf(v) === null,
  isAnyArrayBuffer: (v) => types.isArrayBuffer(v) || types.isSharedArrayBuffer(v),
  isBoxedPrimitive: (v) => types.isNumberObject(v) || types.isStringObject(v) ||
    types.isBooleanObject(v) || types.isBigIntObject(v) || types.isSymbolObject(v),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isTypedArray,
  isUint8Array: typedChecker('Uint8Array'),
  isUint8ClampedArray: typedChecker('Uint8ClampedArray'),
  isUint16Array: typedChecker('Uint16Array'),
  isUint32Array: typedChecker('Uint32Array'),
  isInt8Array: typedChecker('Int8Array'),
  isInt16Array: typedChecker('Int16Array'),
  isInt32Array: typedChecker('Int32Array'),
  isFloat32Array: typedChecker('Float32Array'),
  isFloat64Array: typedChecker('Float64Array'),
  isBigInt64Array: typedChecker('BigInt64Array'),
  isBigUint64Array: typedChecker('BigUint64Array'),
  isKeyObject: () => false,
  isCryptoKey: () => false,
};

module.exports = types;
