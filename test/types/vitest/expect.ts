// Types under vitest: `expect` from 'vitest', augmented with no type parameters (vitest 3, 4 and 5).
import '../../../src/vitest.js';

export { expect } from 'vitest';
