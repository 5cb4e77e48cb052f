const lib = require('lambda-proxy-matchers');
const { defineCases } = require('../../shared/cases.cjs');

defineCases({ describe, it, expect, beforeAll, afterAll, lib, setupIntegration: 'http-2.0' });
