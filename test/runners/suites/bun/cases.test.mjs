import { afterAll, beforeAll, describe, expect, it } from 'bun:test';
import { createRequire } from 'node:module';
import * as lib from 'lambda-proxy-matchers';

const { defineCases } = createRequire(import.meta.url)('../../shared/cases.cjs');

defineCases({ describe, it, expect, beforeAll, afterAll, lib, setupIntegration: 'http-2.0' });
