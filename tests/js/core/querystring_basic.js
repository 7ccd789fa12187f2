const qs = require('querystring');
for (const s of ['a=1&b=2', 'a=1&a=2&a=3', 'x=%E2%82%AC+y', 'bad=%zz', 'a&&b=', '=v', 'k=v=w', '']) console.log(JSON.stringify(s), qs.parse(s));
console.log(qs.parse('a:1;b:2', ';', ':'), qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: {}, g: 1e21, h: NaN, 'k€': 'é', z: [] }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify('x'), qs.escape('a b&c/é'), qs.unescape('a%20b+c'));
console.log(qs.encode === qs.stringify, qs.decode === qs.parse, qs.unescapeBuffer('a%41+').toString());
