const stream = require('stream');
const { Duplex, Readable, Writable, Transform, PassThrough, Stream } = stream;
console.log(typeof stream, stream === Stream, stream.Stream === Stream);
console.log(['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished', 'addAbortSignal', 'compose', 'promises'].map((k) => typeof stream[k]));
const d = new Duplex({ read() { this.push('from duplex'); this.push(null); }, write(c, e, cb) { console.log('duplex got', c.toString()); cb(); } });
d.on('data', (c) => console.log(c.toString()));
d.write('to duplex'); d.end();
console.log(new PassThrough() instanceof Transform, new Transform() instanceof Duplex, new Duplex() instanceof Readable);
console.log(new Readable() instanceof Stream, new Writable() instanceof require('events'));
class Counter extends Readable {
  constructor() { super(); this.n = 0; }
  _read() { this.n++; this.push(this.n <= 3 ? String(this.n) : null); }
}
const parts = [];
new Counter().on('data', (c) => parts.push(c.toString())).on('end', () => console.log('counter', parts.join(',')));
