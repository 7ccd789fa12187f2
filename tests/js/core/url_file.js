const url = require('url');
console.log(url.fileURLToPath('file:///tmp/a%20b.txt'), url.pathToFileURL('/tmp/a b#?.txt').href, url.pathToFileURL('/tmp/dir/').href);
console.log(url.fileURLToPath(new URL('file:///x/y')), url.URL === URL, url.URLSearchParams === URLSearchParams);
for (const f of [() => url.fileURLToPath('http://x'), () => url.fileURLToPath('file://host/x'), () => url.fileURLToPath('file:///a%2fb'),
  () => url.fileURLToPath(5), () => url.pathToFileURL(5)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(url.urlToHttpOptions(new URL('http://u:p@[::1]:81/a?b#c')));
console.log(url.format(new URL('https://a:b@example.com/x?y#z'), { auth: false, fragment: false }));
