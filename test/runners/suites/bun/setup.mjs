// bun has no setup entry of its own in the library: a preload file extends bun's expect by hand, and
// `lambda-proxy-matchers/globals` installs the runtime's awslambda global before any test file loads.
import 'lambda-proxy-matchers/globals';
import { expect } from 'bun:test';
import { configure } from 'lambda-proxy-matchers';
import { matchers } from 'lambda-proxy-matchers/matchers';

expect.extend(matchers);
configure({ integration: 'http-2.0' });
