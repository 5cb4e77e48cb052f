// The requests every example app is sent, what a correct app answers behind each front end, and the runner
// that sends each request through each front end: a test per (front end, request).
import { describe, expect, it } from 'vitest';
import { COOKIE_LINES } from '../../examples/frameworks/routes.js';
import type { Integration, ProxyOutcome } from '../../src/contract/types.js';
import { invokeHttp } from '../../src/invoke/invokeHttp.js';
import { matchers } from '../../src/matchers/index.js';
import { FRONT_ENDS, type RequestInit } from './frontEnds.js';

expect.extend(matchers);

export type RequestName = 'get' | 'encoded' | 'post' | 'cookies' | 'head' | 'not found';

/** Front ends that decode the path before the handler sees it (rules E-P2, E-P3). */
const DECODES_PATH: readonly Integration[] = ['http-1.0', 'http-2.0'];

interface Request {
  readonly init: RequestInit;
  /** What the client gets from a correct app behind this front end. */
  readonly expect: (outcome: ProxyOutcome, integration: Integration) => void;
}

const ITEM = { name: 'widget', tags: ['a', 'b'] };

export const REQUESTS: Record<RequestName, Request> = {
  get: {
    init: { path: '/items/42' },
    expect: (outcome) => {
      expect(outcome).toHaveStatusCode(200);
      expect(outcome).toHaveContentType('application/json');
      expect(outcome).toHaveJsonBody({ id: '42', q: null });
    },
  },
  encoded: {
    init: { path: '/items/a%2Fb?q=a+b' },
    expect: (outcome, integration) => {
      if (DECODES_PATH.includes(integration)) {
        // Not the app's fault: an HTTP API hands over /items/a/b, which no `/items/:id` route matches (E-P2).
        expect(outcome).toHaveStatusCode(404);
        return;
      }
      expect(outcome).toHaveStatusCode(200);
      expect(outcome).toHaveJsonBody({ id: 'a/b', q: 'a b' });
    },
  },
  post: {
    init: { method: 'POST', path: '/items', json: ITEM },
    expect: (outcome) => {
      expect(outcome).toHaveStatusCode(201);
      expect(outcome).toHaveContentType('application/json');
      expect(outcome).toHaveJsonBody(ITEM);
    },
  },
  cookies: {
    init: { path: '/login' },
    expect: (outcome, integration) => {
      expect(outcome).toHaveStatusCode(200);
      expect(outcome).toHaveJsonBody({ ok: true });
      if (integration === 'alb') {
        // Without multi-value headers an ALB response has one line per header name, so one Set-Cookie: the
        // best an app can do is send the first (A-H3).
        expect(outcome).toHaveCookie('session', 'abc123');
        expect(outcome).not.toHaveCookie('theme');
        return;
      }
      expect(outcome).toHaveCookie('session', 'abc123');
      expect(outcome).toHaveCookie('theme', 'dark');
      expect(outcome).toHaveHeader(
        'set-cookie',
        expect.stringMatching(/^theme=dark;.*Expires=\w{3}, \d\d \w{3} \d{4} /),
      );
    },
  },
  head: {
    init: { method: 'HEAD', path: '/items/42' },
    expect: (outcome) => {
      expect(outcome).toHaveStatusCode(200);
      expect(outcome).toHaveBody('');
    },
  },
  'not found': {
    init: { path: '/nothing-here' },
    expect: (outcome) => {
      expect(outcome).toHaveStatusCode(404);
      expect(outcome).not.toHaveJsonBody(expect.objectContaining({ id: expect.anything() }));
    },
  },
};

/** An adapter's own bug: what it really does, asserted, under a title that links its upstream issue. */
export interface Quirk {
  readonly title: string;
  readonly actual: (outcome: ProxyOutcome) => void;
  /** The front end rejects what the adapter returned (or a function error), so nothing the app sent arrives. */
  readonly rejected?: boolean;
}

export type Quirks = Partial<Record<Integration, Partial<Record<RequestName, Quirk>>>>;

type Handler = (event: never, context: never, callback: never) => unknown;

/** One describe per front end, one test per request; a quirk replaces the correct answer with the actual one. */
export function frameworkSuite(
  adapter: string,
  handler: Handler,
  quirks: Quirks = {},
  /** A handler configured for one front end, where the adapter needs an option for it. */
  handlers: Partial<Record<Integration, Handler>> = {},
): void {
  describe(adapter, () => {
    for (const frontEnd of FRONT_ENDS) {
      describe(frontEnd.integration, () => {
        for (const [name, request] of Object.entries(REQUESTS) as [RequestName, Request][]) {
          const quirk = quirks[frontEnd.integration]?.[name];
          it(quirk ? `${name}: ${quirk.title}` : name, async () => {
            const event = frontEnd.event(request.init);
            const outcome = await invokeHttp((handlers[frontEnd.integration] ?? handler) as never, event);
            expect(outcome.integration).toBe(frontEnd.integration);
            if (quirk?.rejected)
              expect(outcome).not.toBeValidProxyResponse({ integration: frontEnd.integration });
            else expect(outcome).toBeValidProxyResponse({ integration: frontEnd.integration });
            if (quirk) quirk.actual(outcome);
            else request.expect(outcome, frontEnd.integration);
          });
        }
      });
    }
  });
}

export { COOKIE_LINES };
