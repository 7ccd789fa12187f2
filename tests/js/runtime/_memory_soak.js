// Memory soak for tests/test_host_memory.py (not a differential program: prints RSS): N iterations mixing setImmediate, nextTick,
// EventEmitter emits, Buffer alloc/toString and console output; prints RSS samples on stderr.
const EventEmitter = require('events');
const total = Number(process.argv[2] || 1e6);
const perImmediate = 1000;
const warmup = Number(process.argv[3] || Math.min(total / 5, 200000));
const ee = new EventEmitter();
let sink = 0;
ee.on('data', (b) => { sink += b.length; });
let done = 0;
let rssAfterWarmup = 0;
let ticks = 0;

function round() {
  for (let i = 0; i < perImmediate; i++) {
    const buf = Buffer.alloc(32, done & 0xff);
    const hex = buf.toString('hex');
    ee.emit('data', hex);
    if ((i & 7) === 0) process.nextTick(() => { ticks++; });
    if ((i & 63) === 0) console.log('line', done, hex.slice(0, 8));
    done++;
  }
  if (done === warmup) rssAfterWarmup = process.memoryUsage.rss();
  if (process.env.SOAK_TRACE && done % 100000 === 0) process.stderr.write(`${done} ${process.memoryUsage.rss() >> 20}\n`);
  if (done < total) setImmediate(round);
  else {
    const end = process.memoryUsage.rss();
    process.stderr.write(JSON.stringify({ done, ticks, sink, rssAfterWarmup, end }) + '\n');
  }
}
setImmediate(round);
