session.settings({ enablePush: false });
session.on('localSettings', (settings) => {
/** use the new settings **/
});
