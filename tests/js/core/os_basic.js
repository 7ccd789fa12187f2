const os = require('os');
console.log(os.EOL === '\n', os.devNull, os.platform(), os.type(), os.arch(), os.endianness(), os.release().length > 0);
console.log(os.hostname().length > 0, typeof os.uptime(), os.loadavg().length, os.totalmem() > os.freemem(), os.freemem() > 0);
console.log(os.homedir(), os.tmpdir(), os.userInfo().username, Object.keys(os.userInfo()), os.version().length > 0, os.machine());
console.log(os.cpus().length === os.availableParallelism(), Object.keys(os.cpus()[0]), Object.keys(os.cpus()[0].times));
console.log(`${os.hostname}` === os.hostname(), `${os.platform}`);
