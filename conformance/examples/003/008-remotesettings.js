session.on('remoteSettings', (settings) => {
  /* Use the new settings */
});
