// Inside an immediate (like an I/O callback) setImmediate beats setTimeout(0) in Node
setImmediate(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});
