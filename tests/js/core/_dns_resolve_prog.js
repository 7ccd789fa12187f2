'use strict';
// dns.resolve* against tests/dnsstub/stub_server.py (argv[2] = its port); run by tests/test_dns_resolve.py
// under node and nodecompat and compared.
const dns = require('dns');
const port = process.argv[2];
dns.setServers([`127.0.0.1:${port}`]);
console.log('servers', dns.getServers().map((s) => s.replace(/:\d+$/, ':PORT')));

const sortDeep = (v) => (Array.isArray(v) ? v.map(sortDeep).sort((a, b) => JSON.stringify(a) < JSON.stringify(b) ? -1 : 1) : v);
const show = (label) => (err, v) => {
  if (err) console.log(label, 'error', err.name, err.code, err.errno, err.syscall, err.hostname, err.message, Object.keys(err));
  else console.log(label, JSON.stringify(sortDeep(v)));
};
const cb = (f) => new Promise((resolve) => f((...a) => resolve(a)));

(async () => {
  const calls = [
    ['resolve4', 'a.nc.test'], ['resolve6', 'a.nc.test'], ['resolveTxt', 'a.nc.test'],
    ['resolveMx', 'a.nc.test'], ['resolveNs', 'a.nc.test'], ['resolveCaa', 'a.nc.test'],
    ['resolveSoa', 'a.nc.test'], ['resolveSrv', '_grpc._tcp.nc.test'], ['resolveCname', 'alias.nc.test'],
    ['resolvePtr', '1.2.0.192.in-addr.arpa'], ['resolveNaptr', 'n.nc.test'], ['resolveAny', 'a.nc.test'],
    ['resolve4', 'missing.nc.test'], ['resolve4', 'empty.nc.test'], ['resolve4', 'servfail.nc.test'],
    ['resolveTxt', 'refused.nc.test'],
  ];
  for (const [m, name] of calls) show(`${m} ${name}`)(...await cb((done) => dns[m](name, done)));
  show('resolve4 ttl')(...await cb((done) => dns.resolve4('a.nc.test', { ttl: true }, done)));
  show('resolve MX')(...await cb((done) => dns.resolve('a.nc.test', 'MX', done)));
  show('resolve default')(...await cb((done) => dns.resolve('a.nc.test', done)));
  show('reverse')(...await cb((done) => dns.reverse('192.0.2.1', done)));
  const p = dns.promises;
  for (const [m, name] of [['resolve4', 'a.nc.test'], ['resolveTxt', 'a.nc.test'], ['resolveSrv', '_grpc._tcp.nc.test'], ['resolve6', 'missing.nc.test']]) {
    await p[m](name).then((v) => show(`promises.${m}`)(null, v), (e) => show(`promises.${m}`)(e));
  }
  const r = new p.Resolver();
  r.setServers([`127.0.0.1:${port}`]);
  await r.resolveTxt('a.nc.test').then((v) => show('Resolver#resolveTxt')(null, v));
  // a closed port: ECONNREFUSED (ICMP), within timeout × tries
  const quiet = new dns.Resolver({ timeout: 200, tries: 1 });
  quiet.setServers(['127.0.0.1:9']);
  show('closed-port')(...await cb((done) => quiet.resolve4('a.nc.test', done)));
  const c = new dns.Resolver();
  c.setServers(['127.0.0.1:9']);
  c.resolve4('a.nc.test', show('cancelled'));
  c.cancel();
})();
