// VPC Lattice: docs/proxy-rules.md "VPC Lattice" (L-R1 … L-R10). The documented response is ALB's shape
// (L-R1), and nothing about its edge cases is verified, so the judgement is ALB's (L-R9, judged), worded for
// VPC Lattice and without ALB's 1 MB cap (Lattice allows 6 MB, L-R8, which Lambda's own limit already
// enforces), plus warnings for the parts no source settles (L-R2, L-R5, L-R6).
import { isObject } from '../../internal/isObject.js';
import { ALB_HEADER_RULES, ALB_POLICY } from './alb.js';
import type { BuiltResponse, IntegrationRules, JudgeContext } from './IntegrationRules.js';
import { judgeV1, v1Policy } from './judgePayloadV1.js';

const { isArray } = Array;

const NAME = 'VPC Lattice';

// L-R9 (low): every check is ALB's, under ALB's rule ids, but its messages name VPC Lattice.
const POLICY = v1Policy({
  ...ALB_POLICY,
  name: NAME,
  // L-R8: Lattice takes up to 6 MB, Lambda's own limit (W5), so ALB's 1 MB check does not apply
  sizeLimit: undefined,
  // L-R7, judged as on ALB (A-K)
  unknownKeys: {
    rule: 'A-K',
    verified: false,
    advice: { cookies: { hint: "send one as headers: { 'Set-Cookie': 'a=1' }", verified: false } },
  },
  headers: { read: { ...ALB_HEADER_RULES, name: NAME, nestedHint: "join the values with ', '" } },
  // L-R6: what Lattice does with multiValueHeaders is unverified; judged ignored, as on ALB (A-H3)
  multiValueHeaders: {
    ignored: {
      rule: 'A-H3',
      condition: ', judged as ALB with multi-value headers off (AWS behaviour unverified)',
      hint: 'put them in headers, one value per name',
    },
  },
  // Said once for a result the checks spoke about, since their rule ids are ALB's.
  borrowed: {
    message:
      "VPC Lattice documents ALB's response shape, so this result is judged by ALB's rules, whose ids (A-…) the messages cite (L-R9, unverified)",
    rule: 'L-R9',
  },
  // L-R4: hop-by-hop headers are dropped; Content-Length is Lattice's own.
  dropHeaders: ['connection', 'transfer-encoding'],
});

function warnUnverified(value: Record<string, unknown>, ctx: JudgeContext): void {
  const { j } = ctx;
  // L-R2: the docs call headers and isBase64Encoded required; ALB practice says they are not.
  if (value.headers === undefined)
    j.warn(
      'headers',
      'Lattice documents headers as required; judged optional as on ALB (unverified)',
      'L-R2',
    );
  if (value.isBase64Encoded === undefined)
    j.warn(
      'isBase64Encoded',
      'Lattice documents isBase64Encoded as required; judged false when missing (unverified)',
      'L-R2',
    );
  if (value.statusDescription !== undefined)
    j.note(
      'statusDescription',
      'statusDescription is not documented for Lattice: judged ignored (unverified)',
      'L-R5',
    );
  if (value.multiValueHeaders !== undefined)
    j.warn(
      'multiValueHeaders',
      'what Lattice does with multiValueHeaders is unverified; send one value per name in headers',
      'L-R6',
    );
  if (value.cookies !== undefined)
    j.warn(
      'cookies',
      'what Lattice does with a cookies array is unverified; send one Set-Cookie in headers',
      'L-R6',
    );
  if (isObject(value.headers)) {
    for (const [name, v] of Object.entries(value.headers)) {
      if (isArray(v))
        j.warn(
          `headers.${name}`,
          `an array value for headers.${name} is unverified on Lattice (hono sends one, Rust keeps the first); send a string`,
          'L-R6',
        );
    }
  }
}

function judgeLattice(value: unknown, ctx: JudgeContext): BuiltResponse | undefined {
  if (isObject(value)) warnUnverified(value as Record<string, unknown>, ctx);
  return judgeV1(value, ctx, POLICY);
}

export const lattice: IntegrationRules = {
  integration: 'lattice',
  judge: judgeLattice,
  errorResponse: () => ({ status: 502, headers: {}, body: '', bodyBytes: new Uint8Array() }),
  rejectedNote: {
    message: 'VPC Lattice answers a result it cannot read with a 5xx (judged 502; the body is undocumented)',
    rule: 'L-R10',
  },
  functionErrorNote: {
    message: 'VPC Lattice answers a function error with a 5xx (judged 502; the body is undocumented)',
    rule: 'L-R10',
  },
};
