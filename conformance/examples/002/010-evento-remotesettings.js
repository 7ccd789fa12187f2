session.on('remoteSettings', settings => {
  /* Use as novas configurações */
})
