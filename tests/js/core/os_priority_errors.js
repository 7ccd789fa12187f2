// uv_os_{get,set}priority failures: ERR_SYSTEM_ERROR with libuv's code and message in `info`.
const os = require('os');
const noSuchPid = 2 ** 31 - 1; // above any pid_max: ESRCH
for (const f of [() => os.getPriority(noSuchPid), () => os.setPriority(noSuchPid, 5)]) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
    console.log(e.info, e.errno, e.syscall, e instanceof Error);
  }
}
console.log(typeof os.getPriority(), os.getPriority() === os.getPriority(0));
