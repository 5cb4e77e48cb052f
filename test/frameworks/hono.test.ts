import { handler } from '../../examples/frameworks/hono.js';
import { frameworkSuite } from './frameworkSuite.js';

frameworkSuite('hono', handler);
