import { defineConfig } from 'vitest/config';

// The framework suite: real apps (examples/frameworks) run behind every front end through the library's
// event factories and matchers. Its own config, so its adapters' code stays out of the unit run's coverage.
export default defineConfig({
  test: {
    include: ['test/frameworks/**/*.test.ts'],
  },
});
