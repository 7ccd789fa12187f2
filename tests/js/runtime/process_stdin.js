// @stdin line one\nline two\n
let data = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { data += chunk; });
process.stdin.on('end', () => console.log('got', JSON.stringify(data)));
