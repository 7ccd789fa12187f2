// URL/URLSearchParams as require('url') gives them: Node's inspect output, ERR_INVALID_URL, canParse
require("url");
const u = new URL('https://user:pw@example.com:8080/p?q=1&r=2#h');
console.log(u);
console.log(u.searchParams, new URLSearchParams('a=1&a=2'), new URLSearchParams());
try { new URL('bad'); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
try { new URL('/rel', 'bad base'); } catch (e) { console.log(e.name, e.code, e.message, e.input, e.base); }
console.log(String(u), JSON.stringify(u), u instanceof URL, URL.canParse && URL.canParse('x:'), typeof URL.createObjectURL);
console.log(require('url').URL === URL);
