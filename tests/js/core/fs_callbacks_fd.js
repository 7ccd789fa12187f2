const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-core-'));
const rel = (p) => p.split(dir).join('<dir>');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const f = path.join(dir, 'fd-cb.txt');
fs.open(f, 'w+', (err, fd) => {
  console.log('open', err, typeof fd);
  fs.write(fd, Buffer.from('abcdef'), 0, 6, null, (err2, n, b) => {
    console.log('write', err2, n, b.toString());
    fs.write(fd, 'XY', 0, (err3, n2, s) => {
      console.log('write string', err3, n2, s);
      const buf = Buffer.alloc(6);
      fs.read(fd, buf, 0, 6, 0, (err4, got, b2) => {
        console.log('read', err4, got, b2.toString(), b2 === buf);
        fs.fstat(fd, (err5, st) => {
          console.log('fstat', err5, st.size);
          fs.close(fd, (err6) => {
            console.log('close', err6);
            fs.close(fd, (err7) => console.log('close again', err7.code, err7.syscall));
          });
        });
      });
    });
  });
});
