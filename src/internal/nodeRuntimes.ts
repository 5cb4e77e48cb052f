/**
 * The Lambda Node.js runtimes modelled, newest first. nodejs24.x is Lambda's default; it is also the first
 * that refuses callback handlers and builds a context without succeed/fail/done (the runtime interface
 * client's src/function/callback-deprecation.ts and src/context/context-builder.ts).
 */
export const NODE_RUNTIMES = ['nodejs24.x', 'nodejs22.x', 'nodejs20.x'] as const;

/** A Lambda Node.js runtime identifier, as a function's `Runtime` setting names it. */
export type NodeRuntime = (typeof NODE_RUNTIMES)[number];

export const DEFAULT_RUNTIME: NodeRuntime = 'nodejs24.x';

export function isNodeRuntime(value: unknown): value is NodeRuntime {
  return typeof value === 'string' && (NODE_RUNTIMES as readonly string[]).includes(value);
}

/** Whether the runtime still runs `(event, context, callback)` handlers and has `context.succeed/fail/done`. */
export function acceptsCallbacks(runtime: NodeRuntime): boolean {
  return runtime !== 'nodejs24.x';
}

/** `'nodejs24.x', 'nodejs22.x' or 'nodejs20.x'`, for messages. */
export function listRuntimes(): string {
  const quoted = NODE_RUNTIMES.map((name) => `'${name}'`);
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}
