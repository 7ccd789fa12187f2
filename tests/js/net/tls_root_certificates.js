// tls.rootCertificates: a frozen array of PEM strings formatted as Node's (72-column base64, no
// trailing newline), the same object each time. The content (Node's bundled Mozilla set) is
// compared in tls_root_certificates_content.js.
const tls = require('tls');
const roots = tls.rootCertificates;
console.log(Array.isArray(roots), Object.isFrozen(roots), roots === tls.rootCertificates, roots.length > 50);
const re = /^-----BEGIN CERTIFICATE-----\n(?:[A-Za-z0-9+/=]{72}\n)*[A-Za-z0-9+/=]{1,72}\n-----END CERTIFICATE-----$/;
console.log('all PEM like Node', roots.every((p) => typeof p === 'string' && re.test(p)));
try { roots.push('x'); } catch (e) { console.log(e.name); }
console.log(Object.getOwnPropertyDescriptor(tls, 'rootCertificates').enumerable);
