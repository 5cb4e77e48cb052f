import { describe, expect, it } from '@jest/globals';
import { streamMatchers } from 'lambda-proxy-matchers/matchers';
import { chatCases } from './cases.js';

expect.extend(streamMatchers);
chatCases(describe, it, expect);
