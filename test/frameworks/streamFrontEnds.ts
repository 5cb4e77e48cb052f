// The two front ends that stream a Lambda response to the client, each built by the library's own factory and
// invoked in its streaming mode, for the framework suite's streaming apps; and the matchers those suites use.
import { expect } from 'vitest';
import type { Integration, ProxyOutcome } from '../../src/contract/types.js';
import { functionUrlEvent } from '../../src/events/functionUrlEvent.js';
import { restApiEvent } from '../../src/events/restApiEvent.js';
import type { InvokeHttpOptions } from '../../src/invoke/invokeHttp.js';
import { matchers, streamMatchers } from '../../src/matchers/index.js';
import type { LambdaStreamMatchers } from '../../src/matchers/types.js';
import type { RequestInit } from './frontEnds.js';

expect.extend({ ...matchers, ...streamMatchers });

declare module 'vitest' {
  // The streaming matchers are registered on their own (streamMatchers), so their types are declared here.
  interface Assertion extends LambdaStreamMatchers {}
}

export interface StreamFrontEnd {
  readonly name: string;
  readonly integration: Integration;
  readonly event: (init: RequestInit) => unknown;
  /** The mode named, not left to the default, so the suite says what it runs. */
  readonly options: InvokeHttpOptions;
}

export const STREAM_FRONT_ENDS: readonly StreamFrontEnd[] = [
  {
    name: 'function URL (RESPONSE_STREAM)',
    integration: 'function-url',
    event: (init) => functionUrlEvent(init),
    options: { invokeMode: 'RESPONSE_STREAM' },
  },
  {
    name: 'REST API (STREAM)',
    integration: 'rest',
    // A catch-all resource, as in frontEnds.ts: the framework does the routing.
    event: (init) => restApiEvent({ route: '/{proxy+}', ...init }),
    options: { responseTransferMode: 'STREAM' },
  },
];

/** Milliseconds between successive body writes, handler-side (S-9): where an app's delay shows. */
export function bodyWriteGaps(outcome: ProxyOutcome): number[] {
  const at = outcome.stream?.chunks.filter((c) => c.kind === 'body').map((c) => c.at) ?? [];
  return at.slice(1).map((t, i) => t - (at[i] as number));
}

/** The S-28 warning for `Transfer-Encoding` in the prelude, which both streaming adapters earn. */
export const TRANSFER_ENCODING_WARNING = expect.objectContaining({
  severity: 'warning',
  rule: 'S-28',
  path: 'prelude.headers.transfer-encoding',
});
