// cpuUsage/resourceUsage come from getrusage: they grow with work done, diffs against a previous value.
const a = process.cpuUsage();
const t0 = Date.now();
let x = 0;
let d;
do { // spin until 30 ms of CPU time are counted (the wall-clock bound only stops a broken counter)
  for (let i = 0; i < 1e5; i++) x += Math.sqrt(x + 1);
  d = process.cpuUsage(a);
} while (d.user + d.system < 30000 && Date.now() - t0 < 10000);
console.log(Object.keys(d), d.user + d.system >= 30000, d.user >= 0 && d.system >= 0);
const b = process.cpuUsage();
console.log(b.user >= a.user, b.system >= a.system, Number.isInteger(b.user));
const r = process.resourceUsage();
console.log(Object.keys(r));
console.log(r.maxRSS > 1000, r.userCPUTime >= a.user, Object.values(r).every(Number.isInteger));
for (const bad of [{ user: -1, system: 0 }, { user: 0, system: 'x' }, 5, { user: 2 ** 60, system: 0 }]) {
  try { process.cpuUsage(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log([process.getuid(), process.getgid(), process.geteuid(), process.getegid()]
  .every(Number.isInteger), process.getuid() === require('os').userInfo().uid);
