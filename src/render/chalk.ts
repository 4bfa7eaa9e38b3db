// chalk, behind an import() of our own, so that the build makes it a bundle of its own (see colour.ts).
export { Chalk, supportsColor } from 'chalk';
