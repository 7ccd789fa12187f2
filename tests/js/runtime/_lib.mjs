export let counter = 0;
export function bump() { counter++; }
export default class Greeter { greet(n) { return `hi ${n}`; } }
export const answer = 42;
export { answer as theAnswer };
