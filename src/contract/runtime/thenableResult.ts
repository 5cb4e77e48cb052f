// W7: Lambda's Node.js runtime awaits a result that has a `then` method and sends what it settles to, so a
// promise never reaches a front end: a test that passes one forgot an `await`.
import type { IntegrationRules } from '../integrations/IntegrationRules.js';
import { integrationLabel } from '../integrations/integrationNames.js';
import { describeThrown } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';

const NativePromise = Promise;

/**
 * Records the problem when `result` is a thenable; returns `'thenable'` then, `'threw'` when reading its `then`
 * threw (the runtime reports that as a function error), else undefined. Cheap for everything else: one
 * property read on objects and functions, none on primitives.
 */
export function thenableResult(
  result: unknown,
  integrationRules: IntegrationRules,
  j: Judgement,
): 'thenable' | 'threw' | undefined {
  if ((typeof result !== 'object' || result === null) && typeof result !== 'function') return undefined;
  let then: unknown;
  try {
    then = (result as { then?: unknown }).then;
  } catch (error) {
    // The runtime reads `then` inside the try that turns a throw into a function error.
    j.error(
      '',
      `reading the result's then property threw ${describeThrown(error).label}, so Lambda's runtime reported a function error`,
      'W7',
      'return plain data',
    );
    return 'threw';
  }
  if (typeof then !== 'function') return undefined;
  const what = isNativePromise(result) ? 'a Promise' : 'a thenable (it has a then method)';
  j.error(
    '',
    `the result is ${what}, not what it resolves to: Lambda's runtime awaits a returned promise and sends its value`,
    'W7',
    'await it (or use invokeHttp, which does)',
  );
  j.failure = {
    note: {
      message: `nothing reached ${integrationLabel(integrationRules.integration)}: a promise is never a payload, so the response shown is its error response, as a stand-in`,
      rule: 'W7',
    },
  };
  return 'thenable';
}

function isNativePromise(value: unknown): boolean {
  try {
    return value instanceof NativePromise;
  } catch {
    // A Proxy whose getPrototypeOf trap throws.
    return false;
  }
}
