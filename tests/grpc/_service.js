'use strict';
// The test service as a grpc-js service definition over raw bytes (no protobuf).
const id = (b) => b;
const method = (name, responseStream, requestStream = false) => ({
  path: `/test.Echo/${name}`,
  requestStream,
  responseStream,
  requestSerialize: id,
  requestDeserialize: id,
  responseSerialize: id,
  responseDeserialize: id,
});
exports.service = {
  Unary: method('Unary', false),
  Zipped: method('Zipped', false),
  Stream: method('Stream', true),
  Sum: method('Sum', false, true),
  Chat: method('Chat', true, true),
  Fail: method('Fail', false),
  Slow: method('Slow', false),
};
