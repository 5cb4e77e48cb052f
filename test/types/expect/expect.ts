// Types with the standalone `expect` package (node:test, mocha).
import '../../../src/expect.js';

export { expect } from 'expect';
