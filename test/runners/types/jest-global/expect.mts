// jest with injected globals: `expect` is @types/jest's global, and tsconfig's `types` brings the matchers.
const globalExpect = expect;
export { globalExpect as expect };
