// URL.createObjectURL / revokeObjectURL with Blob, buffer.resolveObjectURL
const { Blob, resolveObjectURL } = require('buffer');
const b = new Blob(['hello'], { type: 'text/plain' });
const u = URL.createObjectURL(b);
console.log(typeof u, /^blob:nodedata:[0-9a-f-]{36}$/.test(u));
const r = resolveObjectURL(u);
console.log(r instanceof Blob, r.size, r.type);
r.text().then((t) => {
  console.log(t);
  URL.revokeObjectURL(u);
  console.log(resolveObjectURL(u));
  URL.revokeObjectURL('blob:nodedata:nope'); URL.revokeObjectURL('http://x');
  try { URL.createObjectURL('x') } catch (e) { console.log(e.name, e.code, e.message) }
  try { URL.revokeObjectURL() } catch (e) { console.log(e.name, e.code, e.message) }
  console.log(resolveObjectURL('blob:nodedata:zzz'), resolveObjectURL('nope'));
});
