// Every HTTP front end the framework suite sends a request through, each built by the library's own factory.
import type { Integration } from '../../src/contract/types.js';
import { albEvent } from '../../src/events/albEvent.js';
import { functionUrlEvent } from '../../src/events/functionUrlEvent.js';
import { httpApiEvent } from '../../src/events/httpApiEvent.js';
import { httpApiV1Event } from '../../src/events/httpApiV1Event.js';
import { restApiEvent } from '../../src/events/restApiEvent.js';
import type { EventInit } from '../../src/events/types.js';

/** A request as the suite writes it: every EventInit field but `overrides`, whose type is per front end. */
export type RequestInit = Omit<EventInit, 'overrides'>;

export interface FrontEnd {
  readonly integration: Integration;
  /** The event this front end sends for the request. */
  readonly event: (init: RequestInit) => unknown;
}

// Frameworks are deployed behind a catch-all route: the framework, not API Gateway, does the routing.
export const FRONT_ENDS: readonly FrontEnd[] = [
  { integration: 'rest', event: (init) => restApiEvent({ route: '/{proxy+}', ...init }) },
  { integration: 'http-1.0', event: (init) => httpApiV1Event({ route: 'ANY /{proxy+}', ...init }) },
  { integration: 'http-2.0', event: (init) => httpApiEvent({ route: 'ANY /{proxy+}', ...init }) },
  { integration: 'alb', event: (init) => albEvent(init) },
  { integration: 'alb-multi-value', event: (init) => albEvent({ ...init, multiValue: true }) },
  { integration: 'function-url', event: (init) => functionUrlEvent(init) },
];
