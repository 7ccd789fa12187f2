// eventLoopUtilization() from the loop's idle time; monitorEventLoopDelay() records real timer lateness
const { performance, monitorEventLoopDelay } = require('perf_hooks');
const u0 = performance.eventLoopUtilization();
console.log(u0, performance.nodeTiming.loopStart);
const e = monitorEventLoopDelay({ resolution: 20 });
console.log(e.enable(), e.enable());
setTimeout(() => {
  const u1 = performance.eventLoopUtilization();
  console.log(Object.keys(u1), u1.idle > 50, u1.active > 0, u1.utilization > 0 && u1.utilization < 1);
  const t = Date.now(); while (Date.now() - t < 100);
  const u2 = performance.eventLoopUtilization(u1);
  console.log('busy', u2.active >= 90, u2.idle < 20, u2.utilization > 0.8);
  const d = performance.eventLoopUtilization(u2, u1);
  console.log(typeof d.utilization, performance.nodeTiming.loopStart > 0, performance.nodeTiming.idleTime > 0);
  setTimeout(() => {
    console.log(e.count > 3, e.min >= 15e6, e.max >= 100e6, e.min <= e.mean && e.mean <= e.max, e.stddev > 0);
    console.log(e.percentile(50) >= e.min, e.percentiles.get(100) >= 100e6 * 0.99, e.exceeds);
    console.log(e.disable(), e.disable()); const c = e.count;
    setTimeout(() => { console.log(e.count === c); e.reset(); console.log(e.count, e.max); }, 100);
  }, 200);
}, 300);
