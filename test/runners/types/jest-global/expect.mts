// jest with injected globals: `expect` is @types/jest's global, and tsconfig's `types` brings the matchers
// (that entry resolves to the CommonJS declarations, as it does in a user's tsconfig).
const globalExpect = expect;

export { globalExpect as expect };
