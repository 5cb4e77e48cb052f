import type { RequestIds } from '../layouts/requestIds.js';
import type { RequestTime } from '../layouts/requestTime.js';
import type { AuthorizerInit, HttpMethod } from '../types.js';
import type { HeaderInput } from './headerList.js';

/** The integrations the factories build events for; `alb` covers both ALB modes (`multiValue` picks one). */
export type EventIntegration = 'rest' | 'http-1.0' | 'http-2.0' | 'function-url' | 'alb';

/** An init checked field by field and brought to one form, ready for a front end to lay out. */
export interface NormalizedRequest {
  factory: string;
  method: HttpMethod;
  /** Without the query string, exactly as given. */
  path: string;
  /** The query string as the client sends it, without `?`; `''` when there is none. */
  rawQuery: string;
  headers: HeaderInput[] | undefined;
  /** `name=value` strings. */
  cookies: string[] | undefined;
  /** The body as the event carries it (base64 text for bytes); `undefined` when there is none. */
  body: string | undefined;
  base64: boolean;
  /** The Content-Type a client would send for `json` or bytes, unless the caller set one. */
  impliedContentType: string | undefined;
  route: string | undefined;
  pathParameters: Record<string, string> | undefined;
  stage: string | undefined;
  stageVariables: Record<string, string> | undefined;
  sourceIp: string | undefined;
  authorizer: AuthorizerInit | undefined;
  multiValue: boolean;
  time: RequestTime;
  ids: RequestIds;
  overrides: Record<string, unknown> | undefined;
  /** REST only: the API's binaryMediaTypes, which decide whether the body arrives base64 (E-B1). */
  binaryMediaTypes: readonly string[] | undefined;
}
