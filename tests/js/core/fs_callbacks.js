const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-core-'));
const rel = (p) => p.split(dir).join('<dir>');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const f = path.join(dir, 'cb.txt');
fs.writeFile(f, 'callback data', (err) => {
  console.log('writeFile', err);
  fs.readFile(f, 'utf8', (err2, text) => {
    console.log('readFile', err2, text);
    fs.appendFile(f, '+', () => {
      fs.stat(f, (err3, st) => {
        console.log('stat', err3, st.size, st.isFile());
        fs.readdir(dir, (err4, names) => {
          console.log('readdir', err4, names);
          fs.readFile(path.join(dir, 'missing'), (err5, data) => {
            console.log('missing', err5.code, err5.syscall, rel(err5.message), data);
            fs.mkdir(path.join(dir, 'x/y'), { recursive: true }, (err6, first) => {
              console.log('mkdir', err6, rel(first));
              fs.rm(path.join(dir, 'x'), { recursive: true }, (err7) => {
                console.log('rm', err7, fs.existsSync(path.join(dir, 'x')));
                // one after the other: two requests in flight finish in thread order (a race in node too)
                fs.access(f, fs.constants.R_OK, (err8) => {
                  console.log('access', err8);
                  fs.exists(f, (yes) => console.log('exists', yes));
                });
              });
            });
          });
        });
      });
    });
  });
});
console.log('sync part done first');
try { fs.readFile(f); } catch (e) { console.log(e.name, e.code, e.message); }
