// vitest: tsconfig's `types` brings the matchers from the setup entry, as the README tells vitest users.
export { expect } from 'vitest';
