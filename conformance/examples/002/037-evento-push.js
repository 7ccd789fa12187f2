stream.on('push', (headers, flags) => {
  console.log(headers)
})
