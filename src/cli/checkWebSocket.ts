import { judgeWebSocket, type WebSocketOptions } from '../index.js';
import { formatWebSocketOutcome, webSocketExitCode } from './formatWebSocketOutcome.js';
import { palette } from './palette.js';
import type { HandlerOutput } from './readHandlerOutput.js';
import type { CliRun } from './usageError.js';

type WebSocketRouteKind = WebSocketOptions['route'];

const ROUTES: readonly WebSocketRouteKind[] = ['connect', 'message', 'disconnect'];

/** The `check` options this module reads; runCheck parses them with the rest. */
export interface WebSocketCheckValues {
  integration?: string | undefined;
  route?: string | undefined;
  'two-way'?: boolean | undefined;
  protocol?: string[] | undefined;
  strict?: boolean | undefined;
  'binary-media-type'?: string[] | undefined;
  accept?: string | undefined;
  'function-error'?: boolean | undefined;
  json?: boolean | undefined;
}

/**
 * The judgeWebSocket options `--integration websocket` asks for; `undefined` for an HTTP integration, or the
 * reason the options cannot be used.
 * @example webSocketCheckOptions({ integration: 'websocket', route: 'message', 'two-way': true }) // { route: 'message', twoWay: true }
 */
export function webSocketCheckOptions(values: WebSocketCheckValues): WebSocketOptions | string | undefined {
  const { route } = values;
  if (values.integration !== 'websocket') {
    const stray = (['route', 'two-way', 'protocol'] as const).find((name) => values[name] !== undefined);
    return stray === undefined ? undefined : `--${stray} is a WebSocket option: add --integration websocket`;
  }
  if (route === undefined || !(ROUTES as readonly string[]).includes(route))
    return `--integration websocket needs --route connect, message or disconnect${route === undefined ? '' : `, not ${route}`}: the result alone cannot say which route it answers`;
  const http = (['strict', 'binary-media-type', 'accept'] as const).find(
    (name) => values[name] !== undefined,
  );
  if (http !== undefined) return `--${http} judges HTTP responses; a WebSocket route has no use for it`;
  if (values['two-way'] && route !== 'message')
    return `--two-way is for message routes: a $${route} result never reaches the client as a frame`;
  if (values.protocol !== undefined && route !== 'connect')
    return '--protocol is what the client offered on $connect: use it with --route connect';
  const options: WebSocketOptions = { route: route as WebSocketRouteKind };
  if (values['two-way']) options.twoWay = true;
  if (values.protocol !== undefined) options.offeredProtocols = values.protocol;
  return options;
}

/** `check --integration websocket`: what the WebSocket client sees for the result read from the input. */
export function checkWebSocket(
  input: Exclude<HandlerOutput, { kind: 'unusable' }>,
  options: WebSocketOptions,
  values: WebSocketCheckValues,
  color: boolean,
  /** What the function failed with, when it did: amplify mock's report, or --function-error's payload. */
  thrown?: Error,
): CliRun {
  const functionError = thrown !== undefined;
  const outcome = judgeWebSocket(input.kind === 'result' ? input.value : undefined, {
    ...options,
    ...(functionError ? { functionError: true } : {}),
  });
  const code = webSocketExitCode(outcome, functionError);
  if (values.json) return { code, stdout: `${JSON.stringify(outcome, null, 2)}\n`, stderr: '' };
  const inputNotes = input.note === undefined ? [] : [input.note];
  if (thrown !== undefined) inputNotes.unshift(`the function failed with ${thrown.name}: ${thrown.message}`);
  const text = formatWebSocketOutcome(outcome, palette(color), {
    functionError,
    twoWay: options.twoWay === true,
    inputNotes,
  });
  return { code, stdout: text, stderr: '' };
}
