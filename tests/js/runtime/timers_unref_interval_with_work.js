let n = 0;
const i = setInterval(() => { n++; }, 1);
i.unref();
setTimeout(() => { console.log('interval ran', n > 0, i.hasRef()); }, 30);
