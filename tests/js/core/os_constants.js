const os = require('os');
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.errno.EADDRINUSE);
console.log(Object.keys(os.constants), os.constants.priority, Object.keys(os.constants.signals).length, Object.keys(os.constants.errno).length);
console.log(os.constants.dlopen, os.constants.UV_UDP_REUSEADDR, Object.isFrozen(os.constants.signals));
console.log(os.getPriority());
for (const f of [() => os.setPriority(0, 100), () => os.getPriority('x')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
