import { fileURLToPath } from 'node:url';
import path from 'node:path';
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/esm_import_meta.mjs'));
console.log(fileURLToPath(import.meta.url) === import.meta.filename);
console.log(import.meta.dirname === path.dirname(import.meta.filename));
console.log(typeof import.meta.resolve);
