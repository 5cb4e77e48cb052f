import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { expect } from 'expect';
import * as lib from 'lambda-proxy-matchers';

const { defineCases } = createRequire(import.meta.url)('../../shared/cases.cjs');

defineCases({ describe, it, expect, beforeAll: before, afterAll: after, lib, setupIntegration: 'http-2.0' });
