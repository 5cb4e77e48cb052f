// node:test with the standalone `expect` package, and the setup entry it is run with imported for its types.
import 'lambda-proxy-matchers/expect';

export { expect } from 'expect';
