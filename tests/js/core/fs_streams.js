const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-core-'));
const rel = (p) => p.split(dir).join('<dir>');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const f = path.join(dir, 'stream.txt');
const ws = fs.createWriteStream(f);
ws.on('open', (fd) => console.log('ws open', typeof fd));
ws.on('ready', () => console.log('ws ready'));
ws.write('line 1\n');
ws.write(Buffer.from('line 2\n'));
ws.end('end\n', () => {
  console.log('ws finished', ws.bytesWritten, ws.path === f);
});
ws.on('close', () => {
  console.log('ws close');
  const chunks = [];
  const rs = fs.createReadStream(f, { encoding: 'utf8', highWaterMark: 5 });
  rs.on('open', () => console.log('rs open'));
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', () => console.log('rs end', chunks.length, JSON.stringify(chunks.join(''))));
  rs.on('close', () => {
    console.log('rs close', rs.bytesRead);
    const part = [];
    fs.createReadStream(f, { start: 2, end: 8 }).on('data', (c) => part.push(c)).on('end', () => {
      console.log('range', JSON.stringify(Buffer.concat(part).toString()));
      const bad = fs.createReadStream(path.join(dir, 'missing'));
      bad.on('error', (e) => console.log('rs error', e.code, e.syscall, rel(e.message)));
    });
  });
});
