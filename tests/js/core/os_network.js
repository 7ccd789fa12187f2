const os = require('os');
const ifs = os.networkInterfaces();
console.log(Object.keys(ifs));
console.log(ifs.lo);
for (const [name, list] of Object.entries(ifs)) console.log(name, list.map((a) => `${a.family} ${a.address} ${a.cidr} ${a.internal} ${a.mac} ${a.scopeid}`));
