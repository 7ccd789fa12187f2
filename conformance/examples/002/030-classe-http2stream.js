stream.respond({
  'content-type': 'text/html; charset=utf-8',
  ':status': 200,
})
