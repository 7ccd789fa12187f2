session.on('remoteSettings', (settings) => {
/** use the new settings **/
});
