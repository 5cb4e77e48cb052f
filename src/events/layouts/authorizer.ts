import { isObject } from '../../internal/isObject.js';
import { describe, failInit } from '../init/eventInitError.js';
import type { EventIntegration, NormalizedRequest } from '../init/normalizedRequest.js';
import { setOwn } from '../init/safeMerge.js';
import type { ClaimsInit, IamInit } from '../types.js';
import { cognitoDate } from './requestTime.js';

const { isArray } = Array;
const { keys } = Object;

/** The account every event belongs to unless overridden: the one AWS's documentation uses. */
export const ACCOUNT_ID = '123456789012';

/** An IAM caller as API Gateway reports it; the REST form spreads these over `identity`. */
export interface IamCaller {
  accessKey: string;
  accountId: string;
  callerId: string;
  principalOrgId: string | null;
  userArn: string;
  userId: string;
}

/** What an authorizer init becomes for one front end. */
export interface Authorization {
  /** `requestContext.authorizer`, or `undefined` when the front end sends none. */
  authorizer: Record<string, unknown> | undefined;
  /** For IAM on REST and payload 1.0: the caller, which those front ends put in `identity`. */
  iam: IamCaller | undefined;
}

type Kind = 'claims' | 'jwt' | 'lambda' | 'iam';
const KINDS: readonly Kind[] = ['claims', 'jwt', 'lambda', 'iam'];

const NONE: Authorization = { authorizer: undefined, iam: undefined };

function fail(req: NormalizedRequest, message: string): never {
  return failInit(req.factory, message);
}

function kindOf(req: NormalizedRequest, auth: Record<string, unknown>): Kind {
  const found = KINDS.filter((kind) => auth[kind] !== undefined);
  if (found.length !== 1) {
    fail(
      req,
      `authorizer must have exactly one of claims, jwt, lambda or iam (found ${found.length === 0 ? 'none' : found.join(' and ')}), ` +
        "such as { claims: { sub: 'user-1' } }",
    );
  }
  return found[0] as Kind;
}

function iamCaller(req: NormalizedRequest, init: unknown): IamCaller {
  if (!isObject(init))
    fail(req, `authorizer.iam must be an object (use {} for defaults); got ${describe(init)}`);
  const i = init as IamInit;
  const session = 'AROAEXAMPLEROLEID12:test-session';
  const accountId = i.accountId ?? ACCOUNT_ID;
  return {
    accessKey: i.accessKey ?? 'ASIAIOSFODNN7EXAMPLE',
    accountId,
    callerId: i.callerId ?? session,
    principalOrgId: i.principalOrgId ?? null,
    userArn: i.userArn ?? `arn:aws:sts::${accountId}:assumed-role/TestRole/test-session`,
    userId: i.userId ?? i.callerId ?? session,
  };
}

function claimsOf(req: NormalizedRequest, auth: Record<string, unknown>, kind: 'claims' | 'jwt') {
  let claims: unknown = auth.claims;
  let scopes: unknown = auth.scopes;
  let where = 'authorizer.claims';
  if (kind === 'jwt') {
    const jwt = auth.jwt;
    if (!isObject(jwt)) fail(req, `authorizer.jwt must be { claims, scopes? }; got ${describe(jwt)}`);
    claims = jwt.claims;
    scopes = jwt.scopes;
    where = 'authorizer.jwt.claims';
  }
  if (!isObject(claims))
    fail(req, `${where} must be an object such as { sub: 'user-1' }; got ${describe(claims)}`);
  if (scopes !== undefined && scopes !== null) {
    if (!isArray(scopes) || scopes.some((s) => typeof s !== 'string')) {
      fail(req, `authorizer scopes must be an array of strings or null; got ${describe(scopes)}`);
    }
  }
  for (const name of keys(claims)) {
    const value = claims[name];
    const ok =
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      (isArray(value) && value.every((v) => typeof v === 'string'));
    if (!ok)
      fail(req, `${where}.${name} must be a string, number, boolean or string array; got ${describe(value)}`);
  }
  return { claims: claims as ClaimsInit, scopes: (scopes ?? null) as string[] | null };
}

// REST hands Cognito claims over as strings, with exp and iat rewritten as Java dates (see the captures).
function restClaims(claims: ClaimsInit): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of keys(claims)) {
    const value = claims[name];
    let text: string;
    if (typeof value === 'number' && (name === 'exp' || name === 'iat')) text = cognitoDate(value);
    else if (isArray(value)) text = value.join(',');
    else text = String(value);
    setOwn(out, name, text);
  }
  return out;
}

// HTTP APIs hand JWT claims over as strings too, epochs as digits and arrays as "[a b]".
function httpClaims(claims: ClaimsInit): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of keys(claims)) {
    const value = claims[name];
    setOwn(out, name, isArray(value) ? `[${value.join(' ')}]` : String(value));
  }
  return out;
}

function lambdaContextValue(
  req: NormalizedRequest,
  auth: Record<string, unknown>,
): Record<string, unknown> | null {
  const context = auth.lambda;
  if (context === null) return null;
  if (!isObject(context))
    fail(req, `authorizer.lambda must be the authorizer's context object or null; got ${describe(context)}`);
  return context;
}

function jsonCopy(req: NormalizedRequest, value: Record<string, unknown>): Record<string, unknown> {
  try {
    return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  } catch (error) {
    return fail(req, `authorizer.lambda must be JSON data, as Lambda sends it (${(error as Error).message})`);
  }
}

/** REST: Cognito `{ claims }`, Lambda `{ principalId, integrationLatency, …context as strings }`, IAM in identity. */
export function restAuthorization(req: NormalizedRequest): Authorization {
  const auth = req.authorizer as Record<string, unknown> | undefined;
  if (auth === undefined) return NONE;
  const kind = kindOf(req, auth);
  if (kind === 'iam') return { authorizer: undefined, iam: iamCaller(req, auth.iam) };
  if (kind === 'lambda') {
    const context = lambdaContextValue(req, auth) ?? {};
    const out: Record<string, unknown> = {};
    for (const name of keys(context)) {
      const value = context[name];
      if (value === undefined) continue;
      if (
        value !== null &&
        typeof value !== 'string' &&
        typeof value !== 'number' &&
        typeof value !== 'boolean'
      ) {
        fail(
          req,
          `authorizer.lambda.${name}: a REST Lambda authorizer's context holds only strings, numbers and booleans; got ${describe(value)}`,
        );
      }
      setOwn(out, name, value === null ? null : String(value));
    }
    const principalId = auth.principalId ?? 'user';
    const latency = auth.integrationLatency ?? 0;
    if (typeof principalId !== 'string')
      fail(req, `authorizer.principalId must be a string; got ${describe(principalId)}`);
    if (typeof latency !== 'number')
      fail(req, `authorizer.integrationLatency must be a number; got ${describe(latency)}`);
    out.principalId = principalId;
    out.integrationLatency = latency;
    return { authorizer: out, iam: undefined };
  }
  const { claims } = claimsOf(req, auth, kind);
  return { authorizer: { claims: restClaims(claims) }, iam: undefined };
}

/** HTTP API payload 1.0: `{ claims, scopes }`, both null without a JWT authorizer (the documented shape). */
export function httpV1Authorization(req: NormalizedRequest): Authorization {
  const auth = req.authorizer as Record<string, unknown> | undefined;
  if (auth === undefined) return { authorizer: { claims: null, scopes: null }, iam: undefined };
  const kind = kindOf(req, auth);
  if (kind === 'iam') return { authorizer: { claims: null, scopes: null }, iam: iamCaller(req, auth.iam) };
  if (kind === 'lambda') {
    fail(
      req,
      'a Lambda authorizer on payload 1.0 has no capture or documented example to copy; ' +
        'set requestContext.authorizer through overrides instead',
    );
  }
  const { claims, scopes } = claimsOf(req, auth, kind);
  return {
    authorizer: { claims: httpClaims(claims), scopes: scopes === null ? null : scopes.slice() },
    iam: undefined,
  };
}

/** HTTP API 2.0 and function URLs: `{ jwt }`, `{ lambda }` or `{ iam }`; function URLs only know IAM. */
export function httpV2Authorization(req: NormalizedRequest, integration: EventIntegration): Authorization {
  const auth = req.authorizer as Record<string, unknown> | undefined;
  if (auth === undefined) return NONE;
  const kind = kindOf(req, auth);
  if (kind === 'iam') {
    const caller = iamCaller(req, auth.iam);
    return {
      authorizer: {
        iam: {
          accessKey: caller.accessKey,
          accountId: caller.accountId,
          callerId: caller.callerId,
          cognitoIdentity: null,
          principalOrgId: caller.principalOrgId,
          userArn: caller.userArn,
          userId: caller.userId,
        },
      },
      iam: caller,
    };
  }
  if (integration === 'function-url') {
    fail(req, `a function URL authorises only with AWS_IAM, so authorizer must be { iam: {} }; got ${kind}`);
  }
  if (kind === 'lambda') {
    const context = lambdaContextValue(req, auth);
    return { authorizer: { lambda: context === null ? null : jsonCopy(req, context) }, iam: undefined };
  }
  const { claims, scopes } = claimsOf(req, auth, kind);
  return {
    authorizer: { jwt: { claims: httpClaims(claims), scopes: scopes === null ? null : scopes.slice() } },
    iam: undefined,
  };
}
