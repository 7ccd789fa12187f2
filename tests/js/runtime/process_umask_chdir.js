// process.umask reads and sets the real mask; process.chdir failures are uv errors with path/dest.
const first = process.umask();
console.log(typeof first, process.umask('077') === first, process.umask(), process.umask(first));
console.log(process.umask() === first);
try { process.umask('x'); } catch (e) { console.log(e.name, e.code, e.message); }
for (const dir of ['/nonexistent-dir-x', __filename]) {
  try {
    process.chdir(dir);
  } catch (e) {
    console.log(e.name, e.code, e.errno, e.syscall, e.path === process.cwd(), e.dest === dir);
    console.log(e.message.replace(process.cwd(), '<cwd>').replace(__filename, '<file>'));
    console.log(Object.keys(e));
  }
}
