process.stdout.write('no newline;');
process.stdout.write(' then newline\n');
process.stdout.write(Buffer.from('buffer chunk\n'));
process.stderr.write('err line\n');
console.log(typeof process.stdout.on, process.stdout.writable, process.stdout.fd, process.stderr.fd);
process.stdout.write('with callback\n', () => console.log('write callback'));
