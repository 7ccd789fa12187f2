// net.SocketAddress: defaults, validation errors, canonical (inet_ntop) IPv6 text, inspect, BlockList with it.
const { SocketAddress, BlockList } = require('net');
const show = (f) => { try { const v = f(); console.log(JSON.stringify(v), v && v.address, v && v.port, v && v.family, v && v.flowlabel); } catch (e) { console.log('throws', e.name, e.code, e.message); } };
show(() => new SocketAddress());
show(() => new SocketAddress({ family: 'ipv6' }));
show(() => new SocketAddress({ address: '10.0.0.1', port: 80 }));
show(() => new SocketAddress({ address: '::1', family: 'ipv6', port: 443, flowlabel: 5 }));
show(() => new SocketAddress({ family: 'ipx' }));
show(() => new SocketAddress({ address: 'foo' }));
show(() => new SocketAddress({ address: 1 }));
show(() => new SocketAddress({ port: 70000 }));
show(() => new SocketAddress({ flowlabel: -1 }));
show(() => new SocketAddress(null));
show(() => new SocketAddress('x'));
console.log(SocketAddress.isSocketAddress(new SocketAddress()), SocketAddress.isSocketAddress({}));
const bl = new BlockList(); bl.addAddress('10.0.0.1');
console.log(bl.check(new SocketAddress({ address: '10.0.0.1' })), bl.check(new SocketAddress({ address: '10.0.0.2' })));
console.log(require('util').inspect(new SocketAddress({ address: '1.2.3.4', port: 5 })));
for (const a of ['::0001', '0:0:0:0:0:0:0:0', '2001:db8:0:0:1:0:0:1', '::ffff:1.2.3.4', 'FE80::1', '1:0:0:2:0:0:0:3', '::1.2.3.4', '1::', '1:2:3:4:5:6:7::', '01.2.3.4']) {
  for (const family of ['ipv6', 'ipv4']) {
    try { console.log(a, family, new SocketAddress({ address: a, family }).address); } catch (e) { console.log(a, family, e.code); }
  }
}
