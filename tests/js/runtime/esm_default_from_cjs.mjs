import data from './_data.json' with { type: 'json' };
import cjs from './_cjs_dep.cjs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(data.name, cjs.named, require('./_data.json').list.length);
