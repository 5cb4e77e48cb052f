import { kindOf, pathOf } from '../outcome/describe.js';
import type { Judgement } from '../outcome/Judgement.js';

const { isArray } = Array;

/** Appended to a message whose behaviour proxy-rules.md rates low: our judgement, not a recorded fact. */
export const UNVERIFIED = ' (AWS behaviour unverified)';

export type HeaderCase = 'shape' | 'boolean' | 'number' | 'contentTypeNull' | 'null' | 'nested';

/** How one front end reads a single-value `headers` map; the rule ids say where each behaviour comes from. */
export interface HeaderRules {
  /** The front end's short name for messages: `REST`, `ALB`. */
  name: string;
  /** API Gateway and function URLs send booleans and numbers as text; ALB rejects them. */
  coerce: boolean;
  /** `headers: null`: undefined when accepted (W6), else the rule that rejects it. */
  nullMapRule?: string;
  shapeRule: string;
  booleanRule: string;
  numberRule: string;
  nullValueRule: string;
  nestedRule: string;
  /** The fix for an array or object value. */
  nestedHint: string;
  /** The cases proxy-rules.md rates medium or high; messages for the others say they are unverified. */
  verified: ReadonlySet<HeaderCase>;
}

export interface SingleHeaders {
  /** [name as sent, value], in the order of the map. */
  entries: [string, string][];
  /** An explicit `Content-Type: null` suppresses the default Content-Type (R-H4). */
  contentTypeNulled: boolean;
}

const NONE: SingleHeaders = Object.freeze({ entries: Object.freeze([]) as never, contentTypeNulled: false });

/** Reads `headers`: { name: scalar }. Problems go to `j`; only usable entries come back. */
export function readHeaders(raw: unknown, path: string, j: Judgement, rules: HeaderRules): SingleHeaders {
  if (raw === undefined) return NONE;
  const { name: frontEnd, verified } = rules;
  const unverified = (which: HeaderCase) => (verified.has(which) ? '' : UNVERIFIED);
  if (raw === null) {
    if (rules.nullMapRule !== undefined) {
      j.error(
        path,
        `${path} is null, which ${frontEnd} rejects`,
        rules.nullMapRule,
        `omit ${path}, or use ${path}: {}`,
      );
    }
    return NONE;
  }
  if (typeof raw !== 'object' || isArray(raw)) {
    j.error(
      path,
      `${path} must be an object of header names to strings, but it is ${kindOf(raw)}${unverified('shape')}`,
      rules.shapeRule,
      `use ${path}: { 'Content-Type': 'application/json' }`,
    );
    return NONE;
  }
  const entries: [string, string][] = [];
  let contentTypeNulled = false;
  const map = raw as Record<string, unknown>;
  for (const name in map) {
    const value = map[name];
    if (typeof value === 'string') {
      entries.push([name, value]);
      continue;
    }
    const at = pathOf(path, name);
    if (typeof value === 'boolean' || typeof value === 'number') {
      const which = typeof value === 'boolean' ? 'boolean' : 'number';
      const rule = which === 'boolean' ? rules.booleanRule : rules.numberRule;
      if (rules.coerce) {
        entries.push([name, String(value)]);
        j.note(
          at,
          `${at} is ${kindOf(value)}, so ${frontEnd} sent it as the text "${value}"${unverified(which)}`,
          rule,
        );
      } else {
        j.error(
          at,
          `${at} must be a string, but it is ${kindOf(value)}${unverified(which)}`,
          rule,
          `send it as text: '${value}'`,
        );
      }
    } else if (value === null) {
      if (!rules.coerce) {
        j.error(
          at,
          `${at} is null, which ${frontEnd} rejects${unverified('null')}`,
          rules.nullValueRule,
          `omit ${name}`,
        );
      } else if (name.toLowerCase() === 'content-type') {
        contentTypeNulled = true;
        j.note(
          at,
          `${at} is null, so ${frontEnd} sent no Content-Type at all, not even its default${unverified('contentTypeNull')}`,
          rules.nullValueRule,
        );
      } else {
        j.note(
          at,
          `${at} is null, so ${frontEnd} left the header out${unverified('null')}`,
          rules.nullValueRule,
        );
      }
    } else {
      j.error(
        at,
        `${at} must be a string, but it is ${kindOf(value)}${unverified('nested')}`,
        rules.nestedRule,
        rules.nestedHint,
      );
    }
  }
  return { entries, contentTypeNulled };
}

export type MultiValueCase = 'shape' | 'entry' | 'item';

/** How one front end reads `multiValueHeaders`: { name: [values] }. */
export interface MultiValueRules {
  name: string;
  coerce: boolean;
  nullMapRule?: string;
  shapeRule: string;
  entryRule: string;
  itemRule: string;
  verified: ReadonlySet<MultiValueCase>;
}

/** Reads `multiValueHeaders`; returns [name as sent, values] for the usable entries. */
export function readMultiValueHeaders(
  raw: unknown,
  path: string,
  j: Judgement,
  rules: MultiValueRules,
): [string, string[]][] {
  if (raw === undefined) return [];
  const { name: frontEnd, verified } = rules;
  const unverified = (which: MultiValueCase) => (verified.has(which) ? '' : UNVERIFIED);
  if (raw === null) {
    if (rules.nullMapRule !== undefined) {
      j.error(
        path,
        `${path} is null, which ${frontEnd} rejects${unverified('shape')}`,
        rules.nullMapRule,
        `omit ${path}, or use ${path}: {}`,
      );
    }
    return [];
  }
  if (typeof raw !== 'object' || isArray(raw)) {
    j.error(
      path,
      `${path} must be an object of header names to arrays of strings, but it is ${kindOf(raw)}${unverified('shape')}`,
      rules.shapeRule,
      `use ${path}: { 'Set-Cookie': ['a=1', 'b=2'] }`,
    );
    return [];
  }
  const result: [string, string[]][] = [];
  const map = raw as Record<string, unknown>;
  for (const name in map) {
    const list = map[name];
    if (!isArray(list)) {
      const at = pathOf(path, name);
      if (list === null && rules.coerce) {
        j.note(at, `${at} is null, so ${frontEnd} left the header out${UNVERIFIED}`, rules.entryRule);
      } else {
        j.error(
          at,
          `${at} must be an array of strings, but it is ${kindOf(list)}${unverified('entry')}`,
          rules.entryRule,
          typeof list === 'string' && list.length <= 30
            ? `wrap it in an array: ['${list}']`
            : `use ${at}: ['value']`,
        );
      }
      continue;
    }
    const values: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (typeof item === 'string') {
        values.push(item);
        continue;
      }
      // Paths are built only for a problem: this loop runs for every header of every judgement.
      const itemAt = `${pathOf(path, name)}[${i}]`;
      if (rules.coerce && (typeof item === 'boolean' || typeof item === 'number')) {
        values.push(String(item));
        j.note(
          itemAt,
          `${itemAt} is ${kindOf(item)}, so ${frontEnd} sent it as the text "${item}"${UNVERIFIED}`,
          rules.itemRule,
        );
      } else if (rules.coerce && item === null) {
        j.note(itemAt, `${itemAt} is null, so ${frontEnd} left that value out${UNVERIFIED}`, rules.itemRule);
      } else {
        j.error(
          itemAt,
          `${itemAt} must be a string, but it is ${kindOf(item)}${unverified('item')}`,
          rules.itemRule,
          'send each value as a string',
        );
      }
    }
    result.push([name, values]);
  }
  return result;
}
