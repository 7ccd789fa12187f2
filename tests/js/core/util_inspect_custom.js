const util = require('util');
class Temp {
  constructor(c) { this.c = c; }
  [util.inspect.custom](depth, options, inspect) { return `Temp<${this.c}°C>`; }
}
console.log(new Temp(21), [new Temp(1)], { t: new Temp(2) });
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
class Point { constructor() { this.x = 1; this.y = 2; } }
class Point3 extends Point { constructor() { super(); this.z = 3; } }
console.log(new Point(), new Point3(), [new Point()]);
const o = { a: 1 }; o.self = o;
console.log(o);
const nested = { level1: { level2: { level3: { level4: 'deep' } } } };
console.log(nested, util.inspect(nested, false, 5));
console.log(util.inspect('a', { colors: true }), util.inspect(5, { colors: true }));
