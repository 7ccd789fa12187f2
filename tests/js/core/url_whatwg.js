const u = new URL('https://user:pass@sub.example.com:8443/p/a/t/h?query=string&x=1#hash');
console.log(u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash);
console.log(u.searchParams.get('x'), [...u.searchParams.keys()], String(u));
const p = new URLSearchParams('a=1&b=2&a=3');
p.append('c', 'x y'); p.delete('b');
console.log(p.getAll('a'), p.toString(), p.has('b'));
console.log(new URL('/rel/path', 'http://base.com/dir/').href, new URL('http://[::1]:3000/').host);
