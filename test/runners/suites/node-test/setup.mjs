// Loaded with `node --import ./setup.mjs --test`: registers the matchers on the standalone expect (ESM), and
// sets the project's integration once through the CommonJS copy of the library, as a require()-based setup
// file would: the two copies share one setting, which the cases prove by reaching the matchers.
import 'lambda-proxy-matchers/expect';
import { createRequire } from 'node:module';

createRequire(import.meta.url)('lambda-proxy-matchers').configure({ integration: 'http-2.0' });
