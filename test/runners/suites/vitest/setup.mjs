// A project behind an HTTP API sets its integration once; the cases prove it reached the matchers. It is set
// through the CommonJS copy (createRequire bypasses vite), while the matchers come from the ESM entry: the
// two copies must share the setting.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('lambda-proxy-matchers').configure({ integration: 'http-2.0' });
