// performance.timerify(): 'function' entries (args as detail and indexes), histogram option, async, errors
const { performance, PerformanceObserver, createHistogram } = require('perf_hooks');
function add(a, b) { let s = 0; for (let i = 0; i < 1e5; i++) s += i; return a + b; }
class K { constructor(x) { this.x = x; } }
const obs = new PerformanceObserver((list, o) => {
  const es = list.getEntries();
  console.log('entries', es.length, es.map((e) => [e.name, e.entryType, typeof e.startTime, e.duration >= 0, e.detail, e[0], e[1]]));
  console.log(Object.prototype.toString.call(es[0]), es[0].constructor.name, Object.keys(es[0].toJSON()));
  o.disconnect();
});
obs.observe({ entryTypes: ['function'] });
const t = performance.timerify(add);
console.log(t.name, t.length, t === performance.timerify(add), t(1, 2));
const TK = performance.timerify(K);
console.log(new TK(5).x, TK.name);
const h = createHistogram();
const t2 = performance.timerify(function slow() { for (let i = 0; i < 1e5; i++); }, { histogram: h });
t2(); t2();
console.log(h.count, h.min > 0);
const ap = performance.timerify(async function asy(x) { return x * 2; });
ap(21).then((v) => console.log('async', v));
try { performance.timerify(1) } catch (e) { console.log(e.code, e.message) }
try { performance.timerify(add, { histogram: {} }) } catch (e) { console.log(e.code, e.message) }
console.log(performance.getEntriesByType('function').length);
console.log(Object.keys(performance.eventLoopUtilization()), performance.eventLoopUtilization());
