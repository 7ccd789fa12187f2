// @env NODE_NO_WARNINGS=1
// dns: lookup/lookupService (system resolver), promises, validation, Resolver servers.
process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
const dns = require('dns');
const util = require('util');
console.log(Object.keys(dns).join(' '));
console.log(Object.keys(dns.promises).join(' '));
console.log(dns.promises === require('dns/promises'), dns.getDefaultResultOrder());
console.log(dns.getServers().length > 0);
for (const bad of [() => dns.lookup(1, () => {}), () => dns.lookup('x', 5, () => {}), () => dns.lookup('x', {family: 3}, () => {}),
  () => dns.lookup('x', 'a', () => {}), () => dns.lookup('x'), () => dns.lookupService('x', 1, () => {}),
  () => dns.lookupService('127.0.0.1', 99999, () => {}), () => dns.lookupService('127.0.0.1'),
  () => dns.resolve4(5, () => {}), () => dns.resolve('x', 'BOGUS', () => {}), () => dns.setServers(['not an ip']),
  () => new dns.Resolver({ timeout: 'x' }), () => dns.setDefaultResultOrder('nope'), () => dns.promises.lookup(5)]) {
  try { bad(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const r = new dns.Resolver({ timeout: 2000, tries: 1 });
r.setServers(['127.0.0.1', '[::1]:5353', '10.0.0.1:53', '1.2.3.4:5300']);
console.log(r.getServers());
const pr = new dns.promises.Resolver();
console.log(typeof pr.resolveTxt, pr.constructor.name, dns.Resolver.name, dns.resolve4.name, dns.promises.resolveTxt.name);
const cb = (f) => new Promise((res) => f(res));
(async () => {
  await cb((done) => dns.lookup('localhost', { all: true }, (e, a) => { console.log('lookup all', e, a); done(); }));
  await cb((done) => dns.lookup('localhost', (e, a, f) => { console.log('lookup', e, a, f); done(); }));
  await cb((done) => dns.lookup('localhost', { family: 'IPv4' }, (e, a, f) => { console.log('lookup v4', e, a, f); done(); }));
  await cb((done) => dns.lookup('127.0.0.1', (e, a, f) => { console.log('lookup ip', e, a, f); done(); }));
  await cb((done) => dns.lookup('::1', { all: true }, (e, a) => { console.log('lookup ip6', e, a); done(); }));
  await cb((done) => dns.lookup('', (e, a, f) => { console.log('lookup empty', e, a, f); done(); }));
  await cb((done) => dns.lookup('nonexistent.invalid', (e) => { console.log('lookup bad', e.message, e.code, e.errno, e.syscall, e.hostname, Object.keys(e)); done(); }));
  await cb((done) => dns.lookupService('127.0.0.1', 22, (e, h, s) => { console.log('lookupService', e, h, s); done(); }));
  console.log('promisified', await util.promisify(dns.lookup)('localhost'));
  console.log('promises.lookup', await dns.promises.lookup('localhost'));
  console.log('promises.lookup all', await dns.promises.lookup('localhost', { all: true }));
  console.log('promises.lookupService', await dns.promises.lookupService('127.0.0.1', 22));
  await dns.promises.lookup('nonexistent.invalid').catch((e) => console.log('promises bad', e.message, e.code));
})();
