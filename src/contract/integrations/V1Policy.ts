// The data that sets one payload 1.0 front end apart (REST, HTTP API 1.0, ALB in both modes, VPC Lattice):
// `judgeV1` in judgePayloadV1.ts reads it. Each integration's file holds its policy, rule id and confidence
// beside each field.

import type { Base64FlagRules } from '../fields/readBase64Flag.js';
import type { HeaderRules, MultiValueRules } from '../fields/readHeaders.js';
import type { KeyAdvice } from '../fields/responseParts.js';
import type { Failure } from '../outcome/Judgement.js';

export type V1Key =
  | 'statusCode'
  | 'statusDescription'
  | 'headers'
  | 'multiValueHeaders'
  | 'body'
  | 'isBase64Encoded';

export interface V1Policy {
  /** The front end in messages about what it did: `ALB (multi-value headers) added content-type: …`. */
  name: string;
  /** The front end in messages about the result's shape and types, when not `name`: both ALB modes say ALB. */
  family?: string | undefined;
  /**
   * The keys of a response, in the order the front end's checks are listed; statusCode comes first. REST
   * reads the body last, the others right after statusCode, and the problems keep that order.
   */
  keys: ReadonlySet<V1Key>;
  /** A result that is not an object: the rule for null, for a string, for anything else. */
  notObject: { null: string; string: string; other: string };
  /** A cap on the response JSON (ALB's 1 MB), checked before any field. */
  sizeLimit?: V1SizeLimit | undefined;
  /**
   * Keys outside `keys`: 'reject' (REST, R-K1, listed before anything else), or ignored with notes, listed
   * after statusCode, and only for a result that has a response key (a data object is explained by the
   * missing statusCode alone).
   */
  unknownKeys: 'reject' | V1IgnoredKeys;
  status: V1StatusPolicy;
  /** The rule for a statusDescription that is not a string, when `keys` has it (ALB, A-D1). */
  statusDescriptionRule?: string | undefined;
  body: V1BodyPolicy;
  base64: {
    /** How `isBase64Encoded` is read: its rule, null as false or not, "true" and "false" as booleans or not. */
    flag: Base64FlagRules;
    /** An undocumented spelling read when isBase64Encoded is missing, with a warning (REST's base64Encoded). */
    alias?: { key: string; rule: string } | undefined;
    decode: V1Decode;
  };
  /** Whether the front end reads `headers` (with these rules) or ignores it. */
  headers: { read: HeaderRules } | { ignored: V1IgnoredMap };
  /** Whether the front end reads `multiValueHeaders` (with these rules) or ignores it. */
  multiValueHeaders: { read: MultiValueRules } | { ignored: V1IgnoredMap };
  /**
   * How the two maps merge when both are read (R-M3): the rule of its notes, their confidence, and whether
   * they are recorded as the maps are read (REST: they stand even for a result it then rejects) or only for
   * a response the front end builds, after the body (HTTP API 1.0).
   */
  merge?: { rule: string; verified: boolean; asRead: boolean } | undefined;
  /** The Content-Type added when the handler set none, unless it set `Content-Type: null`. */
  defaultContentType: { type: string; rule: string; verified: boolean };
  /** Said once when the judge recorded anything, for rules borrowed from another front end (L-R9). */
  borrowed?: { message: string; rule: string } | undefined;
  /** Header names (lower case) the front end drops from the response it built (L-R4). */
  dropHeaders?: readonly string[] | undefined;
}

/** A policy as judgeV1 reads it: built by v1Policy (judgePayloadV1.ts). */
export interface JudgedV1Policy extends V1Policy {
  family: string;
  /** `keys` after statusCode as the judge's step numbers: a switch on small integers is a jump table. */
  steps: readonly number[];
  /** `headers` and `multiValueHeaders` as plain fields: an `in` test on every result costs more than a read. */
  headerRules: HeaderRules | undefined;
  headersIgnored: V1IgnoredMap | undefined;
  multiRules: MultiValueRules | undefined;
  multiIgnored: V1IgnoredMap | undefined;
  /** The messages of the notes most results get, built once: a message built per result costs a concatenation. */
  contentTypeNote: string;
  decodedNote: string;
}

export interface V1SizeLimit {
  bytes: number;
  /** The limit as the docs state it: `1 MB`. */
  label: string;
  rule: string;
  /** What the front end says about it: `its access log says LambdaResponseTooLarge`. */
  says: string;
  failure: Failure;
}

export interface V1IgnoredKeys {
  rule: string;
  /** False when proxy-rules.md rates the ignoring low. */
  verified: boolean;
  /** What to do instead, for keys that were clearly meant to do something (`cookies`). */
  advice: Readonly<Record<string, KeyAdvice>>;
}

/** A header map the front end ignores: the warning when it carries headers the other map lacks (RF-4). */
export interface V1IgnoredMap {
  rule: string;
  /** Said after `ALB ignores multiValueHeaders`: when it does, or how sure we are. */
  condition: string;
  hint: string;
}

/** Each way a statusCode can read (readStatusCode), and what the front end makes of it. */
export interface V1StatusPolicy {
  /** None at all: 200 with a note under `default` (REST), or an error under `required` saying `reason`. */
  missing: { default: string } | { required: string; reason: string };
  /** null: read as missing (HTTP API 1.0), as missing with a warning under `warn` (REST), or a wrong type. */
  null: 'missing' | 'wrong type' | { warn: string };
  /** A numeric string such as "201": taken with a warning under `rule`, or a wrong type (ALB). */
  numericString: { rule: string; verified: boolean } | 'wrong type';
  /** A fraction such as 200.5: truncated with a warning under `truncate` (REST), or an error. */
  fraction: { truncate: string } | { reject: string; caveat: string };
  /** A whole number outside 100–599: an error under `rule` naming what we judge it (`a 502`). */
  range: { rule: string; judged: string };
  /**
   * Anything else: an error under `rule`. `jsonNumber` words it "a JSON number for ALB" (ALB, which takes no
   * string), `says` follows it (HTTP API's own words), and a boolean has its own rule when `booleanRule` is set.
   */
  wrongType: { rule: string; jsonNumber: boolean; says: string; booleanRule?: string };
}

export type V1BodyPolicy =
  /** null as '', numbers and booleans as text with a warning, anything else an error (REST, HTTP API 1.0). */
  | { coerce: true; coerceRule: string; rejectRule: string; rejectCaveat: string }
  /** A string or nothing; null and every other type are errors (ALB). */
  | { coerce: false; rule: string };

export type V1Decode =
  /** Always decoded; undecodable base64 is an error under `rule`, and the note says `aside` after its sentence. */
  | { kind: 'always'; rule: string; aside: string }
  /**
   * Decoded only when the request's first Accept value matches the API's binaryMediaTypes (REST, R-64a);
   * undecodable base64 is an error under `badRule` and the rejection is `failure`.
   */
  | { kind: 'binaryMediaTypes'; rule: string; badRule: string; failure: Failure };
