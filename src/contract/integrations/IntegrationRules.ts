import type { ClientBody } from '../fields/bytes.js';
import type { HeaderLines } from '../http/headerLines.js';
import type { Judgement } from '../outcome/Judgement.js';
import type { ResolvedOptions } from '../resolveOptions.js';
import type { WirePayload } from '../runtime/serialiseResult.js';
import type { ClientResponse, Integration } from '../types.js';

export interface JudgeContext {
  j: Judgement;
  options: ResolvedOptions;
  wire: WirePayload;
}

/** The response a front end built from an accepted result. */
export interface BuiltResponse {
  status: number;
  headers: HeaderLines;
  body: ClientBody;
}

/** One front end's rules: what it builds from a result, and what it answers when it cannot. */
export interface IntegrationRules {
  integration: Integration;
  /**
   * Judges the payload as plain JSON data, never a hostile value: the parsed payload, or on the fast path the
   * handler's own result, so a judge must never mutate it nor return its objects or arrays in the response.
   * Records problems and notes in `ctx.j`; returns undefined when the front end cannot build a response.
   */
  judge(value: unknown, ctx: JudgeContext): BuiltResponse | undefined;
  errorResponse(): ClientResponse;
  /** The note added when this front end rejects a result. */
  rejectedNote: { message: string; rule: string };
  /** The note added when the function failed (threw, timed out, returned something Lambda refused). */
  functionErrorNote: { message: string; rule: string };
  /** API Gateway's integration timeout (§7): past it the client gets `response()`, whatever the handler did. */
  gatewayTimeout?: GatewayTimeout;
}

export interface GatewayTimeout {
  defaultMs: number;
  response(): ClientResponse;
  /** How the response reads in a sentence: `504 {"message": "Endpoint request timed out"}`. */
  answer: string;
  /** Confidence of the answer, as proxy-rules.md §7 gives it. */
  verified: boolean;
}
