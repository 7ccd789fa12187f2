session.settings({ enablePush: false })

session.on('localSettings', settings => {
  /* Use as novas configurações */
})
