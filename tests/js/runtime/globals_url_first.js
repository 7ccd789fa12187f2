// The URL global used before require('url') (and before anything loads util).
const u = new URL('https://example.com:8443/p?q=1#h');
console.log(u.host, u.searchParams.get('q'), u.hash);
console.log(URL === require('url').URL);
const te = new TextEncoder();
console.log(te.encode('é').length, TextEncoder === require('util').TextEncoder);
