// Session methods after close() and after destroy(): Node's error codes and messages.
const http2 = require('http2');
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r === undefined ? '' : typeof r);
  } catch (e) {
    console.log(label, e.constructor.name, e.code, e.message);
  }
}
const server = http2.createServer((req, res) => res.end('x'));
server.listen(0, () => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  client.on('connect', () => {
    client.close();
    console.log('closed', client.closed, client.destroyed);
    t('closed-request', () => client.request({}));
    t('closed-ping', () => client.ping(() => {}));
    t('closed-settings', () => client.settings({}));
    t('closed-close', () => client.close());
    client.on('close', () => {
      console.log('close event', client.closed, client.destroyed);
      t('destroyed-request', () => client.request({}));
      t('destroyed-ping', () => client.ping(() => {}));
      t('destroyed-settings', () => client.settings({}));
      t('destroyed-goaway', () => client.goaway());
      t('destroyed-window', () => client.setLocalWindowSize(100));
      t('destroyed-timeout', () => client.setTimeout(10));
      t('destroyed-ref', () => client.ref());
      t('destroyed-unref', () => client.unref());
      t('destroyed-destroy', () => client.destroy());
      console.log('state', JSON.stringify(client.state), client.type, typeof client.socket);
      server.close();
    });
  });
});
