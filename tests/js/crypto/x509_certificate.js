// crypto.X509Certificate from PEM/DER: every property Node prints, inspect, toString/toJSON,
// toLegacyObject, checkHost/checkEmail/checkIP (with options), checkIssued, Node's errors.
// (publicKey/verify/checkPrivateKey need KeyObject, which nodecompat does not build.)
const { X509Certificate } = require('crypto'); const fs = require('fs'); const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const tryIt = (f) => { try { return f(); } catch (e) { return `${e.name} ${e.code} ${e.message} ${e.library} ${e.reason}`; } };
const props = ['subject', 'issuer', 'subjectAltName', 'infoAccess', 'validFrom', 'validTo', 'fingerprint',
  'fingerprint256', 'fingerprint512', 'serialNumber', 'keyUsage', 'ca', 'issuerCertificate'];
for (const n of ['x509-rich.pem', 'x509-ca.pem', 'x509-rich.der']) {
  const x = new X509Certificate(F(n));
  for (const k of props) console.log(n, k, JSON.stringify(x[k]));
  console.log(n, 'raw', x.raw.length, x.raw.equals(new X509Certificate(x.toString()).raw));
  console.log(n, 'pem', x.toString() === x.toJSON(), JSON.stringify(x.toString()));
  console.log(x.toLegacyObject());
  console.log(Object.keys(x), x instanceof X509Certificate);
  console.log(x);
}
const x = new X509Certificate(F('x509-rich.pem').toString());
const ca = new X509Certificate(F('x509-ca.pem'));
for (const h of ['rich.example.test', 'RICH.example.test', 'a.wild.example.test', 'a.b.wild.example.test',
  'wild.example.test', 'other', 'admin@example.test', 'example.test']) {
  console.log('host', h, x.checkHost(h), x.checkHost(h, { subject: 'always' }), x.checkHost(h, { wildcards: false }),
    x.checkHost(h, { multiLabelWildcards: true }), x.checkHost(h, { subject: 'never' }));
}
for (const h of ['someone@example.test', 'SOMEONE@example.test', 'admin@example.test', 'x@y']) {
  console.log('email', h, x.checkEmail(h), x.checkEmail(h, { subject: 'always' }), x.checkEmail(h, { subject: 'never' }));
}
for (const h of ['127.0.0.1', '2001:db8::1', '2001:DB8:0::1', '10.0.0.1', '::1']) console.log('ip', h, x.checkIP(h));
console.log('ca host', ca.checkHost('x509 test root'), ca.checkHost('x509 test root', { subject: 'always' }));
for (const f of [() => x.checkIP('nope'), () => x.checkIP('1.2.3'), () => x.checkHost(5), () => x.checkEmail(),
  () => x.checkHost('a', 5), () => x.checkHost('a', { subject: 'sometimes' }), () => x.checkHost('a', { wildcards: 1 }),
  () => x.checkIssued('x'), () => new X509Certificate('garbage'), () => new X509Certificate(Buffer.from([0x30, 0x03, 1, 2, 3])),
  () => new X509Certificate(5), () => new X509Certificate(), () => new X509Certificate(F('x509-rich.pem').toString().replace('MII', 'MIX'))]) {
  console.log(tryIt(f));
}
console.log('issued', x.checkIssued(ca), ca.checkIssued(x), ca.checkIssued(ca), x.checkIssued(x));
const both = Buffer.concat([F('x509-ca.pem'), F('x509-rich.pem')]);
console.log('first of two', new X509Certificate(both).subject === ca.subject);
console.log('typed array', new X509Certificate(new Uint8Array(F('x509-rich.der'))).serialNumber);
