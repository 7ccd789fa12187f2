async function inner() { throw new Error('inner failed'); }
async function main() { await inner(); }
main();
