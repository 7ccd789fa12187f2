const line = 'x'.repeat(99) + '\n';
let s = '';
for (let i = 0; i < 500; i++) s += line;
process.stdout.write(s);
console.log('end marker');
process.exit(0);
