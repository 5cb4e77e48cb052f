const lib = require('lambda-proxy-matchers');
const { defineCases } = require('../../shared/cases.cjs');
const { defineAwsLambdaGlobalCases } = require('../../shared/awslambdaGlobal.cjs');
// Loaded after the setup entry only: it calls awslambda.streamifyResponse at its top level.
const streamingHandler = require('../../shared/streamingHandler.cjs');

defineCases({ describe, it, expect, beforeAll, afterAll, lib, setupIntegration: 'http-2.0' });
defineAwsLambdaGlobalCases({ describe, it, expect, module: streamingHandler });
