export const fromDep = 'dep';
export default function hello() { return 'hello default'; }
