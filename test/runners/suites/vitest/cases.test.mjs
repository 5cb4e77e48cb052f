import { createRequire } from 'node:module';
import * as lib from 'lambda-proxy-matchers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Evaluated after the setup entry only: it calls awslambda.streamifyResponse at its top level.
import * as streamingHandler from '../../shared/streamingHandler.mjs';

const require = createRequire(import.meta.url);
const { defineCases } = require('../../shared/cases.cjs');
const { defineAwsLambdaGlobalCases } = require('../../shared/awslambdaGlobal.cjs');

defineCases({ describe, it, expect, beforeAll, afterAll, lib, setupIntegration: 'http-2.0' });
defineAwsLambdaGlobalCases({ describe, it, expect, module: streamingHandler });
