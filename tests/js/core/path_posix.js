const path = require('path');
console.log(path.join('/a', 'b/../c', './d'), path.join(''), path.join('a', '', 'b'), path.resolve('/x', 'y', '..', 'z'));
console.log(path.normalize('a//b/../c/./d/'), path.normalize(''), path.relative('/a/b/c', '/a/d/e'), path.relative('/a', '/a'));
console.log(path.dirname('/a/b/c.txt'), path.dirname('a'), path.basename('/a/b/c.txt'), path.basename('/a/b/c.txt', '.txt'));
console.log(path.extname('x.tar.gz'), path.extname('.bashrc'), path.extname('file.'), path.extname('noext'));
console.log(path.parse('/home/user/file.txt'), path.parse('rel/dir/'), path.format({ dir: '/x', base: 'f.js' }));
console.log(path.format({ root: '/', name: 'f', ext: '.md' }), path.isAbsolute('/a'), path.isAbsolute('a'), path.sep, path.delimiter);
console.log(path.posix === path, require('path/posix') === path.posix, path.resolve('rel') === process.cwd() + '/rel');
for (const f of [() => path.join(null), () => path.resolve('a', 1), () => path.basename('a', 1), () => path.relative({}, 'a'),
  () => path.parse(1), () => path.format('x'), () => path.dirname(), () => path.extname(Symbol('s'))]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
