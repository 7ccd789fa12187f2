export * from './_lib.mjs';
export { default as Greeter } from './_lib.mjs';
export * as lib from './_lib.mjs';
