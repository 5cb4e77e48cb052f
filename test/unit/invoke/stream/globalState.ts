// The tests below change globalThis.awslambda; each restores what was there, so the suite's own global
// (none, in this vitest config) is what the next file sees.
import { afterEach, beforeEach } from 'vitest';

export const WARNED = Symbol.for('lambda-proxy-matchers.awslambda.warned');
export const INSTALLED_KEYS = Symbol.for('lambda-proxy-matchers.awslambda.installed');

export type GlobalSlot = { awslambda?: unknown; [WARNED]?: unknown };
export const slot = globalThis as GlobalSlot;

/** Starts every test with no `awslambda` global and no warning printed, and puts the original back after. */
export function isolateAwsLambdaGlobal(): void {
  let saved: { had: boolean; value: unknown; warned: unknown };
  beforeEach(() => {
    saved = { had: 'awslambda' in slot, value: slot.awslambda, warned: slot[WARNED] };
    delete slot.awslambda;
    delete slot[WARNED];
  });
  afterEach(() => {
    if (saved.had) slot.awslambda = saved.value;
    else delete slot.awslambda;
    if (saved.warned === undefined) delete slot[WARNED];
    else slot[WARNED] = saved.warned;
  });
}

/** The global as the handler module sees it. */
export const awslambda = () => slot.awslambda as Record<string, unknown>;
