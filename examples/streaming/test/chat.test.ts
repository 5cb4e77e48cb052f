import { streamMatchers } from 'lambda-proxy-matchers/matchers';
import { describe, expect, it } from 'vitest';
import { chatCases } from './cases.js';

expect.extend(streamMatchers);
chatCases(describe, it, expect);
