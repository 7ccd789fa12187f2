// tls.rootCertificates is Node's bundled Mozilla set, in Node's order: compared by fingerprint.
// Node 20.20 has one root more (GLOBALTRUST 2020, which certifi's Mozilla export leaves out):
// it is taken out of Node's list here, so every other root, and the order, must match.
const tls = require('tls'); const { X509Certificate, createHash } = require('crypto');
const certs = tls.rootCertificates.map((p) => new X509Certificate(p));
const rest = certs.filter((c) => !c.subject.includes('CN=GLOBALTRUST 2020'));
console.log('roots', rest.length, 'ca', rest.every((c) => c.ca));
console.log('fingerprints', createHash('sha256').update(rest.map((c) => c.fingerprint256).join()).digest('hex'));
console.log('first', rest[0].subject.split('\n').pop(), 'last', rest[rest.length - 1].subject.split('\n').pop());
