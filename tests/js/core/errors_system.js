// system errors built from errno: messages and properties as Node prints them
const fs = require('fs');
for (const f of [() => fs.readFileSync('/definitely/not/here'), () => fs.statSync('/nope'), () => fs.mkdirSync('/'),
  () => fs.renameSync('/nope-a', '/nope-b'), () => fs.rmdirSync('/nope'), () => fs.readdirSync('/nope'), () => fs.openSync('/nope', 'r')]) {
  try { f(); } catch (err) {
    console.log(err.message);
    console.log(err.name, err.code, err.errno, err.syscall, err.path, err.dest, Object.keys(err));
  }
}
try { fs.readFileSync('/nope'); } catch (err) { console.log(err); }
