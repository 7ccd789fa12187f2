setTimeout((a, b) => console.log('args', a, b), 1, 1, 'two');
const t = setTimeout(() => console.log('cleared'), 1);
clearTimeout(t);
clearTimeout(undefined);
clearTimeout(null);
const im = setImmediate(() => console.log('cleared immediate'));
clearImmediate(im);
setTimeout(() => console.log('delay coerced', 'ok'), -5);
setTimeout(() => console.log('string delay'), '2');
try { setTimeout('code'); } catch (e) { console.log(e.name, e.code, e.message); }
