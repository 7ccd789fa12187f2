const assert = require('assert');
const show = (f) => { try { f(); console.log('passed'); } catch (e) { console.log(e.name, e.code, e.generatedMessage, JSON.stringify(e.message)); } };
show(() => assert(true));
show(() => assert(false));
show(() => assert.ok(typeof 123 === 'string'));
show(() => assert(0, 'custom message'));
show(() => assert());
show(() => assert.ok(null, new TypeError('thrown as is')));
show(() => {
  assert(
    1 > 2
  );
});
