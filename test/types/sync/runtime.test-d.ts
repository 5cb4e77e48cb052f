// The runtime option's type is the runtime list: a runtime Lambda does not model here is a compile error.
import { configure } from '../../../src/contract/configure.js';
import { lambdaContext } from '../../../src/events/lambdaContext.js';
import { restApi } from '../../../src/events/restApi.js';
import type { NodeRuntime } from '../../../src/internal/nodeRuntimes.js';
import { invoke } from '../../../src/invoke/invoke.js';

configure({ runtime: 'nodejs22.x' });
// @ts-expect-error nodejs18.x is not a modelled runtime
configure({ runtime: 'nodejs18.x' });
lambdaContext({ runtime: 'nodejs20.x' });
// @ts-expect-error the runtime is a string such as 'nodejs24.x', not a number
lambdaContext({ runtime: 24 });
// nodejs24.x takes a plain returned value as the result, so a handler that is not async type-checks.
void invoke(() => ({ statusCode: 200, body: 'ok' }), restApi.get('/'), { runtime: 'nodejs24.x' });
// @ts-expect-error a typo of a runtime
void invoke(async () => 1, restApi.get('/'), { runtime: 'nodejs24' });
export const every: NodeRuntime[] = ['nodejs24.x', 'nodejs22.x', 'nodejs20.x'];
