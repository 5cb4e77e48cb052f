// VPC Lattice: docs/proxy-rules.md "VPC Lattice" (L-R1 … L-R10). The documented response is ALB's shape
// (L-R1), and nothing about its edge cases is verified, so the judgement is ALB's (L-R9, judged) without
// ALB's 1 MB cap (Lattice allows 6 MB, L-R8, which Lambda's own limit already enforces), plus warnings for
// the parts no source settles (L-R2, L-R5, L-R6).
import { isObject } from '../../internal/isObject.js';
import { ALB_POLICY } from './alb.js';
import type { BuiltResponse, IntegrationRules, JudgeContext } from './IntegrationRules.js';
import { judgeV1, v1Policy } from './judgePayloadV1.js';

const { isArray } = Array;

// ALB's own 1 MB check does not apply: Lattice takes up to 6 MB (L-R8), Lambda's limit (W5).
const POLICY = v1Policy({ ...ALB_POLICY, sizeLimit: undefined });

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
  const before = ctx.j.problems.length + ctx.j.notes.length;
  const built = judgeV1(value, ctx, POLICY);
  // The checks are ALB's and speak of ALB: say once why a Lattice result is told about ALB.
  const fromAlb = [...ctx.j.problems, ...ctx.j.notes].slice(before);
  if (fromAlb.some((entry) => entry.message.includes('ALB'))) {
    ctx.j.note(
      '',
      "VPC Lattice documents ALB's response shape, so this result is judged by ALB's rules and their messages name ALB (L-R9, unverified)",
      'L-R9',
    );
  }
  if (built !== undefined) {
    // L-R4: hop-by-hop headers are dropped; Content-Length is Lattice's own.
    for (const name of ['connection', 'transfer-encoding']) built.headers.delete(name);
  }
  return built;
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
