// Types under jest with @types/jest: the global `expect`, typed by the `jest` namespace.
import '../../../src/jest.js';

const globalExpect = expect;

export { globalExpect as expect };
