session.ping(Buffer.from('abcdefgh'), (err, duration, payload) => {
  if (!err) {
    console.log(`Ping reconhecido em ${duration} milissegundos`)
    console.log(`Com payload '${payload.toString()}'`)
  }
})
