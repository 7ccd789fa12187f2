'use strict';
// HTTP/2 over a JS-only Duplex (a `createConnection` result or a `performServerHandshake` socket
// that is not a net.Socket): the engine's transport is `internalBinding('http2_js_stream')`, whose
// output comes back here as Buffers written to the Duplex, and whose input is what the Duplex reads.

const binding = internalBinding('http2_js_stream');

const duplexes = new Map();  // pipe id -> the Duplex
const pipes = new Map();     // pipe id -> its stand-in handle (for drain)
let nextId = 1;

// One JS function for every pipe: (id, Buffer) = engine output, (id, undefined) = transport closed.
// Returns what write() returned: false pauses the engine until the Duplex's 'drain'.
function onOut(id, buf) {
  const duplex = duplexes.get(id);
  if (duplex === undefined) return true;
  if (buf == null) {  // Python None arrives as undefined
    duplexes.delete(id);
    pipes.delete(id);
    if (!duplex.destroyed && !duplex.writableEnded) duplex.end();
    return true;
  }
  if (duplex.destroyed || duplex.writableEnded) return true;
  if (duplex.write(buf)) return true;
  duplex.once('drain', () => {
    const pipe = pipes.get(id);
    if (pipe !== undefined) binding.drain(pipe);
  });
  return false;
}

// The engine stops reading while its output is not taken (node: JSStreamSocket's readStop pauses
// the Duplex), so a peer that does not read finds its own writes stalled.
function onFlow(id, reading) {
  const duplex = duplexes.get(id);
  if (duplex === undefined || duplex.destroyed) return;
  if (reading) duplex.resume();
  else duplex.pause();
}

binding.init(onOut, onFlow);

// `{ id, pipe }`: `pipe` is the stand-in handle for `binding.start` (before the engine takes it).
function createPipe(duplex) {
  const id = nextId++;
  duplexes.set(id, duplex);
  const pipe = binding.create(id);
  pipes.set(id, pipe);
  return { id, pipe };
}

// After the engine started (and read any bytes the Duplex had buffered): feed what it reads.
function listen(duplex, { id, pipe }) {
  const onData = (chunk) => {
    // false: the engine's output for it is not written yet (node stops reading then too)
    if (!binding.feed(pipe, typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) duplex.pause();
  };
  const gone = () => {
    duplex.removeListener('data', onData);
    pipes.delete(id);
    if (duplexes.delete(id)) binding.end(pipe);
  };
  // Node wraps the Duplex in a net.Socket (JSStreamSocket, allowHalfOpen false): when the
  // peer's side ends, ours ends too, so both halves finish and the Duplex emits 'close'.
  const onEnd = () => {
    gone();
    if (!duplex.writableEnded && !duplex.destroyed) duplex.end();
  };
  duplex.on('data', onData);
  duplex.once('end', onEnd);
  duplex.once('close', gone);
  duplex.once('error', gone);
}

module.exports = { createPipe, listen };
