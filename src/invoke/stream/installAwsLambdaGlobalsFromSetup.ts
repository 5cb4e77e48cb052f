import { installAwsLambdaGlobals } from './awsLambdaGlobals.js';

/** The runtime's own switch for the global (S-1), read as the runtime reads it: '1' or 'true'. */
export const NO_GLOBAL_ENV = 'AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA';

/** Set on the global object once the warning below was printed, so that a second setup does not repeat it. */
const WARNED = Symbol.for('lambda-proxy-matchers.awslambda.warned');

const RUNTIME_KEYS = ['streamifyResponse', 'HttpResponseStream'];

/**
 * What the setup entries (`/jest`, `/vitest`, `/expect`, `/globals`) run as they load: installs the `awslambda`
 * global unless `AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA` is '1' or 'true', and says so on stderr, once per
 * global object, when someone else's `streamifyResponse` or `HttpResponseStream` was already there and is kept.
 * Other keys already there (the AWS SDK's `InvokeStore`) are kept silently: they are what the runtime allows.
 * Returns whether it installed.
 */
export function installAwsLambdaGlobalsFromSetup(
  env: Record<string, string | undefined> | undefined = globalThis.process?.env,
  warn: (message: string) => void = (message) => console.warn(message),
): boolean {
  const optOut = env?.[NO_GLOBAL_ENV];
  if (optOut === '1' || optOut === 'true') return false;
  const target = globalThis as Record<string | symbol, unknown>;
  const before = target.awslambda;
  const { replaced, kept } = installAwsLambdaGlobals();
  if (!replaced) return true;
  const theirs = kept.filter((key) => RUNTIME_KEYS.includes(key));
  const notAnObject = before === null || (typeof before !== 'object' && typeof before !== 'function');
  if (theirs.length === 0 && !notAnObject) return true;
  if (target[WARNED]) return true;
  target[WARNED] = true;
  warn(
    theirs.length > 0
      ? `lambda-proxy-matchers: globalThis.awslambda already had ${theirs.join(' and ')} from elsewhere (a stub ` +
          'or another shim); it was kept, so streaming handlers run with it and not with the runtime emulation. ' +
          `Remove the other one, or set ${NO_GLOBAL_ENV}=1 to keep this library's setup from touching the global.`
      : `lambda-proxy-matchers: globalThis.awslambda held a value that is not an object; it was replaced with ` +
          `the runtime's { streamifyResponse, HttpResponseStream }. Set ${NO_GLOBAL_ENV}=1 to keep your own.`,
  );
  return true;
}
