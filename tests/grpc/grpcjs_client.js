'use strict';
// @grpc/grpc-js as a client against tests/grpc/peer.py's grpcio server (argv[2] = target,
// argv[3] = CA file for TLS): each call's outcome is printed (deterministic lines; the test compares node and nodecompat and checks values).
const grpc = require('@grpc/grpc-js');
const { service } = require('./_service');

const Client = grpc.makeGenericClientConstructor(service, 'Echo');
// argv[3] (optional): a CA file; then the channel is TLS (ALPN h2) and the target a host name
const creds = () => (process.argv[3] ?
  grpc.credentials.createSsl(require('fs').readFileSync(process.argv[3])) : grpc.credentials.createInsecure());
const client = new Client(process.argv[2], creds());
// a second channel that gzips every request (grpc-js compresses with zlib.gzip)
const gzipClient = new Client(process.argv[2], creds(), { 'grpc.default_compression_algorithm': 2 });

function mdString(md) {
  const o = md.getMap();
  return Object.keys(o).filter((k) => k.startsWith('x-')).sort().map((k) => `${k}=${o[k]}`).join(',') || '-';
}

function unary(name, payload, options = {}, via = client) {
  return new Promise((resolve) => {
    const md = new grpc.Metadata();
    md.set('x-client', 'grpc-js-client');
    const call = via[name](Buffer.from(payload), md, options, (err, res) => {
      if (err) {
        console.log(`${name}: error code=${err.code} (${grpc.status[err.code]}) details=${JSON.stringify(err.details.replace(/ after .*/, " after …"))} trailers=${mdString(err.metadata)}`);
      } else {
        const text = res.toString();
        console.log(`${name}: ok ${res.length} bytes ${JSON.stringify(text.slice(0, 20))}`);
      }
      resolve();
    });
    call.on('metadata', (m) => console.log(`${name}: headers ${mdString(m)}`));
    call.on('status', (s) => console.log(`${name}: status ${s.code} trailers=${mdString(s.metadata)}`));
  });
}

function stream(n) {
  return new Promise((resolve) => {
    const call = client.Stream(Buffer.from(String(n)));
    const got = [];
    call.on('data', (m) => got.push(m.toString()));
    call.on('error', (e) => console.log('Stream: error', e.code));
    call.on('status', (s) => {
      console.log(`Stream: ${got.length} messages [${got.slice(0, 3).join('|')}...${got[got.length - 1]}] status ${s.code}`);
      resolve();
    });
  });
}

function sum() {
  return new Promise((resolve) => {
    const call = client.Sum((err, res) => {
      console.log(`Sum: ${err ? `error ${err.code}` : res.toString()}`);
      resolve();
    });
    for (let i = 0; i < 20; i++) call.write(Buffer.alloc(1000, 'a'));
    call.end();
  });
}

// bidi, turn by turn: the next message goes out only after the reply to the last one came in
function chat() {
  return new Promise((resolve) => {
    const call = client.Chat();
    const got = [];
    let turn = 0;
    call.on('data', (m) => {
      got.push(m.toString());
      if (++turn < 5) call.write(Buffer.from(`turn ${turn}`));
      else call.end();
    });
    call.on('status', (s) => {
      console.log(`Chat: [${got.join('|')}] status ${s.code}`);
      resolve();
    });
    call.write(Buffer.from('turn 0'));
  });
}

(async () => {
  await unary('Unary', 'hello');
  await unary('Unary', 'x'.repeat(100000));
  await unary('Unary', 'z'.repeat(100000), {}, gzipClient);
  await unary('Zipped', 'q'.repeat(100000));
  await stream(50);
  await sum();
  await chat();
  await unary('Fail', 'oops');
  await unary('Slow', 'zzz', { deadline: Date.now() + 300 });
  client.close();
  gzipClient.close();
})();
