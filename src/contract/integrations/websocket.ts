// API Gateway WebSocket APIs: docs/proxy-rules.md "WebSocket" (WS-1 … WS-18). The event cannot say which
// route kind it belongs to beyond routeKey, nor whether a two-way route response is configured, so both
// come from options. What the client sees is a handshake, a frame or nothing, not one HTTP response.
import { isObject } from '../../internal/isObject.js';

export type WebSocketRouteKind = 'connect' | 'disconnect' | 'message';

export interface WebSocketOptions {
  route: WebSocketRouteKind;
  /** A message route with `RouteResponseSelectionExpression: $default` and a `$default` route response. */
  twoWay?: boolean;
  /** The function threw or Lambda reported a function error. */
  functionError?: boolean;
  /** The integration ran past its timeout (29 s by default). */
  timedOut?: boolean;
  /** `Sec-WebSocket-Protocol` values the client offered on `$connect`. */
  offeredProtocols?: readonly string[];
}

export type WebSocketClientView =
  | { kind: 'accepted'; status: 101; headers: Record<string, string> }
  | { kind: 'rejected'; status: number }
  | { kind: 'frame'; text: string; error: boolean }
  | { kind: 'closed'; code: number }
  | { kind: 'nothing' };

export interface WebSocketProblem {
  severity: 'error' | 'warning';
  message: string;
  rule: string;
}

export interface WebSocketOutcome {
  integration: 'websocket';
  route: WebSocketRouteKind;
  /** What the client sees. */
  client: WebSocketClientView;
  /** Whether API Gateway parsed the result (false: `Malformed Lambda proxy response` in the execution log). */
  accepted: boolean;
  problems: WebSocketProblem[];
  notes: { message: string; rule: string }[];
}

/** Message-route frames API Gateway sends instead of the handler's body (WS-12, WS-13, WS-14). */
export function errorFrame(message: string): string {
  return JSON.stringify({ message, connectionId: '<connectionId>', requestId: '<requestId>' });
}

/** Answers that never reach the handler: no route, invalid body, authorizer denial, no $connect integration. */
export function webSocketGatewayAnswer(
  why: 'no-route' | 'bad-request-body' | 'authorizer-denied' | 'no-connect-integration',
): WebSocketClientView {
  if (why === 'no-route') return { kind: 'frame', text: errorFrame('Forbidden'), error: true }; // WS-14
  if (why === 'bad-request-body') return { kind: 'frame', text: errorFrame('Bad request body'), error: true }; // WS-14
  if (why === 'authorizer-denied') return { kind: 'rejected', status: 403 }; // WS-7 (401 without a token)
  return { kind: 'accepted', status: 101, headers: {} }; // WS-6
}

/** The largest message API Gateway delivers (WS-15): 128 KB. */
export const WEBSOCKET_MESSAGE_LIMIT = 128 * 1024;

function stringHeaders(value: unknown, problems: WebSocketProblem[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(value)) return out;
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[name] = String(v);
    else
      problems.push({
        severity: 'warning',
        message: `headers.${name} is ${v === null ? 'null' : typeof v}, so it never reaches the handshake; return a string (WS-4)`,
        rule: 'WS-4',
      });
  }
  return out;
}

/**
 * What the client of a WebSocket API sees for one handler result.
 * @example judgeWebSocket({ statusCode: 200 }, { route: 'connect' }).client → { kind: 'accepted', status: 101, … }
 */
export function judgeWebSocket(result: unknown, options: WebSocketOptions): WebSocketOutcome {
  const { route } = options;
  const problems: WebSocketProblem[] = [];
  const notes: { message: string; rule: string }[] = [];
  const done = (client: WebSocketClientView, accepted: boolean): WebSocketOutcome => ({
    integration: 'websocket',
    route,
    client,
    accepted,
    problems,
    notes,
  });
  const failed = (accepted: boolean, frameMessage: string): WebSocketOutcome => {
    if (route === 'connect') return done({ kind: 'rejected', status: 502 }, accepted); // WS-5
    if (route === 'disconnect') return done({ kind: 'nothing' }, accepted); // WS-9
    return done({ kind: 'frame', text: errorFrame(frameMessage), error: true }, accepted);
  };

  if (options.timedOut) {
    notes.push({ message: 'the integration timed out: API Gateway answered on its own', rule: 'WS-13' });
    return failed(true, 'Endpoint request timed out');
  }
  if (options.functionError) {
    notes.push({ message: 'a function error never reaches the route response', rule: 'WS-12' });
    return failed(true, 'Internal server error');
  }
  if (!isObject(result) || Array.isArray(result)) {
    problems.push({
      severity: route === 'disconnect' ? 'warning' : 'error',
      message: `the result is ${result === null ? 'null' : Array.isArray(result) ? 'an array' : typeof result}; API Gateway logs "Malformed Lambda proxy response". Return { statusCode: 200 } (WS-1)`,
      rule: 'WS-1',
    });
    return failed(false, 'Internal server error');
  }
  const r = result as Record<string, unknown>;
  if (route === 'disconnect') {
    notes.push({
      message: 'the connection is already closed: the client sees nothing of the result',
      rule: 'WS-9',
    });
    return done({ kind: 'nothing' }, true);
  }
  if (route === 'connect') {
    let status = r.statusCode;
    if (status === undefined) {
      notes.push({
        message: 'no statusCode: judged 200 as the REST parser does (unverified)',
        rule: 'WS-17',
      });
      status = 200;
    }
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
      problems.push({
        severity: 'error',
        message: `statusCode ${JSON.stringify(status)} is not an HTTP status; return an integer such as 200 (WS-1)`,
        rule: 'WS-1',
      });
      return failed(false, 'Internal server error');
    }
    if (status < 200 || status > 299) return done({ kind: 'rejected', status }, true); // WS-3
    const headers = stringHeaders(r.headers, problems);
    const offered = options.offeredProtocols ?? [];
    const chosen = Object.entries(headers).find(([k]) => k.toLowerCase() === 'sec-websocket-protocol')?.[1];
    if (offered.length > 0 && (chosen === undefined || !offered.includes(chosen)))
      problems.push({
        severity: 'error',
        message: `the client offered Sec-WebSocket-Protocol ${offered.join(', ')} but the result ${chosen === undefined ? 'echoes none' : `echoes '${chosen}'`}; browsers then fail the handshake. Return headers: { 'Sec-WebSocket-Protocol': '${offered[0]}' } (WS-4)`,
        rule: 'WS-4',
      });
    return done({ kind: 'accepted', status: 101, headers }, true); // WS-2
  }
  // Message route.
  if (!options.twoWay) {
    if (r.body !== undefined)
      notes.push({
        message:
          'one-way route: the body is not sent to the client; set twoWay if a route response is configured',
        rule: 'WS-10',
      });
    return done({ kind: 'nothing' }, true);
  }
  const body = r.body;
  if (body === undefined || body === null) {
    notes.push({
      message: 'two-way route without a body: judged to send nothing (unverified)',
      rule: 'WS-16',
    });
    return done({ kind: 'nothing' }, true);
  }
  if (typeof body !== 'string') {
    problems.push({
      severity: 'error',
      message: `body is ${Array.isArray(body) ? 'an array' : typeof body}; frames are text, so JSON.stringify it (WS-16, judged)`,
      rule: 'WS-16',
    });
    return failed(false, 'Internal server error');
  }
  if (r.isBase64Encoded === true)
    notes.push({
      message: 'isBase64Encoded: judged not decoded, frames are text only (unverified)',
      rule: 'WS-16',
    });
  if (typeof r.statusCode === 'number' && (r.statusCode < 200 || r.statusCode > 299))
    notes.push({
      message: `statusCode ${r.statusCode} does not reach the client: the body arrives as a normal message`,
      rule: 'WS-11',
    });
  if (Buffer.byteLength(body, 'utf8') > WEBSOCKET_MESSAGE_LIMIT) {
    problems.push({
      severity: 'error',
      message: 'the body is over 128 KB, the message limit; the connection closes with 1009 (WS-15)',
      rule: 'WS-15',
    });
    return done({ kind: 'closed', code: 1009 }, true);
  }
  return done({ kind: 'frame', text: body, error: false }, true); // WS-11
}
