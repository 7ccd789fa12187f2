const url = require('url');
console.log(url.parse('https://user:pw@Example.com:8080/p/a/t/h?query=string&a=1#hash'));
console.log(url.parse('/path?x=1&x=2&y', true).query, url.parse('http://x.com').pathname, url.parse('//host/p', false, true).host);
console.log(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } }));
console.log(url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/', '/one'), url.resolve('http://example.com/one', '/two'));
for (const f of [() => url.parse(5), () => url.format(5)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
