// Which globals are enumerable, in Node's order (console.log(globalThis) shows exactly these).
// fetch and crypto are not provided by nodecompat (no web fetch/WebCrypto): left out here.
const keys = Object.keys(globalThis).filter((k) => k !== 'fetch' && k !== 'crypto');
console.log(keys);
console.log(Object.prototype.toString.call(globalThis));
for (const name of ['process', 'Buffer', 'console', 'URL', 'TextEncoder', 'setTimeout', 'atob']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, d.enumerable, d.configurable, typeof globalThis[name]);
}
console.log(clearInterval.name, clearTimeout.name, structuredClone.name, atob.name, btoa.name);
console.log(atob(btoa('hi')));
try { atob('%'); } catch (e) { console.log(e.name, e.message); }
try { atob(); } catch (e) { console.log(e.code); }
const t = setInterval(() => {}, 1000);
clearInterval(t);
