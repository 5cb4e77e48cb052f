// The ESM copy registers the matchers: jest's ESM loader resolves this with the `import` condition.
import 'lambda-proxy-matchers/jest';
