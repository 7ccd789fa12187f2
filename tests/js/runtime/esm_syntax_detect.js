import { answer } from './_lib.mjs';
export const x = 1;
console.log('detected as ESM', answer, typeof this);
