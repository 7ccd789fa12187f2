// @stdin a\nb\nc\n
(async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  console.log(Buffer.concat(chunks).toString().split('\n').filter(Boolean).join('|'));
})();
