import { readFileSync } from 'node:fs';

/** A captured event from test/fixtures/events (see PROVENANCE.md there), parsed as Lambda would deliver it. */
export function capture(path: string): Record<string, any> {
  const text = readFileSync(new URL(`../../fixtures/events/${path}`, import.meta.url), 'utf8');
  return JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, any>;
}

/** The keys of an object, in order; `[]` for anything else. */
export function keysOf(value: unknown): string[] {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
}
