stream.on('headers', (headers, flags) => {
  console.log(headers);
});
