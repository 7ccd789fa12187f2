'use strict';
// @grpc/grpc-js as a server (raw-bytes service, identity serializers): prints its port, then
// serves tests/grpc/peer.py's client until stdin closes.
const grpc = require('@grpc/grpc-js');
const { service } = require('./_service');

const server = new grpc.Server();
server.addService(service, {
  Unary(call, callback) {
    const md = new grpc.Metadata();
    md.set('x-server', 'grpc-js');
    md.set('x-echo', String(call.metadata.get('x-client')[0] ?? 'none'));
    call.sendMetadata(md);
    const trailer = new grpc.Metadata();
    trailer.set('x-trailer', 'done');
    callback(null, Buffer.concat([Buffer.from('echo:'), call.request]), trailer);
  },
  Zipped(call, callback) {
    callback(null, Buffer.concat([Buffer.from('zipped:'), call.request]));
  },
  Stream(call) {
    const n = Number(call.request.toString());
    for (let i = 0; i < n; i++) call.write(Buffer.from(`msg ${i}`));
    call.end();
  },
  Sum(call, callback) {
    let n = 0;
    let bytes = 0;
    call.on('data', (m) => { n++; bytes += m.length; });
    call.on('end', () => callback(null, Buffer.from(`${n} messages, ${bytes} bytes`)));
  },
  Chat(call) {
    call.on('data', (m) => call.write(Buffer.concat([Buffer.from('re:'), m])));
    call.on('end', () => call.end());
  },
  Fail(call, callback) {
    const trailer = new grpc.Metadata();
    trailer.set('x-reason', 'invalid');
    callback({ code: grpc.status.INVALID_ARGUMENT, details: 'bad input: ' + call.request.toString(), metadata: trailer });
  },
  Slow(call, callback) {
    const t = setTimeout(() => callback(null, Buffer.from('late')), 3000);
    call.on('cancelled', () => clearTimeout(t));
  },
});
// argv[2], argv[3] (optional): key and certificate files; then the server speaks TLS
const fs = require('fs');
const creds = process.argv[3] ?
  grpc.ServerCredentials.createSsl(null, [{ private_key: fs.readFileSync(process.argv[2]),
    cert_chain: fs.readFileSync(process.argv[3]) }]) :
  grpc.ServerCredentials.createInsecure();
server.bindAsync('127.0.0.1:0', creds, (err, port) => {
  if (err) throw err;
  console.log(`PORT ${port}`);
});
process.stdin.on('data', () => {});
process.stdin.on('end', () => server.tryShutdown(() => console.log('shutdown')));
