session.settings({ enablePush: false });

session.on('localSettings', (settings) => {
  /* Use the new settings */
});
