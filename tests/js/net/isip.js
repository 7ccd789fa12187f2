// isIP/isIPv4/isIPv6 and BlockList.
const net = require('net');
for (const s of ['127.0.0.1', '::1', 'fe80::1%lo0', '::ffff:1.2.3.4', 'localhost', '1.2.3', '256.1.1.1', '', '1::2::3']) {
  console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
}
const bl = new net.BlockList();
bl.addAddress('123.123.123.123');
bl.addRange('10.0.0.1', '10.0.0.10');
bl.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
console.log(bl.check('123.123.123.123'), bl.check('10.0.0.3'), bl.check('222.111.111.222'),
            bl.check('8592:757c:efae:4e45::f', 'IPv6'), bl.check('8592:757c:efae:4e46::f', 'IPv6'));
console.log(bl.rules);
console.log(typeof net.Socket, typeof net.Stream, net.createConnection === net.connect);
