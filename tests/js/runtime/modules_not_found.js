try { require('./does-not-exist'); } catch (e) { console.log(e.code); console.log(e.message.replace(__filename, 'FILE')); }
try { require('no-such-package'); } catch (e) { console.log(e.code, e.requireStack.length); }
try { require('node:nope'); } catch (e) { console.log(e.code, e.message, e.name); }
try { require('internal/errors'); } catch (e) { console.log(e.code); }
