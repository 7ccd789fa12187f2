session.setTimeout(2000);
session.on('timeout', () => { /* .. */ });
