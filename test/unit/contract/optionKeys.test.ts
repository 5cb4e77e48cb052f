// Every entry point refuses an option key it does not know, naming the key, the options it has and the one
// that was probably meant: `{ integation: 'alb' }` silently judged by REST would be a false pass.
import { describe, expect, it } from 'vitest';
import { configure } from '../../../src/contract/configure.js';
import { inspectProxyError } from '../../../src/contract/inspectProxyError.js';
import { inspectProxyResult } from '../../../src/contract/inspectProxyResult.js';
import { INSPECT_OPTION_KEYS } from '../../../src/contract/resolveOptions.js';
import { restApi } from '../../../src/events/restApi.js';
import { invoke } from '../../../src/invoke/invoke.js';
import { invokeHttp } from '../../../src/invoke/invokeHttp.js';
import { invokePython } from '../../../src/invoke/python/invokePython.js';
import { toBeValidProxyResponse } from '../../../src/matchers/toBeValidProxyResponse.js';
import { failureOf } from '../matchers/support.js';

expect.extend({ toBeValidProxyResponse });

const ok = { statusCode: 200, body: 'ok' };
const handler = async () => ok;

describe('unknown option keys, at every entry point', () => {
  it('inspectProxyResult and inspectProxyError refuse integation, suggesting integration', () => {
    const said = `integation is not an option; the options are ${INSPECT_OPTION_KEYS.join(', ')} (did you mean integration?)`;
    expect(() => inspectProxyResult(ok, { integation: 'alb' } as never)).toThrow(
      `inspectProxyResult(): ${said}`,
    );
    expect(() => inspectProxyError(new Error('x'), { integation: 'alb' } as never)).toThrow(
      `inspectProxyError(): ${said}`,
    );
  });

  it('inspectProxyResult suggests nothing for a key that is no typo, and still refuses it', () => {
    expect(() => inspectProxyResult(ok, { headers: {} } as never)).toThrow(
      /headers is not an option; the options are integration, .*integrationTimeoutMs, invokeMode, responseTransferMode$/,
    );
  });

  it('inspectProxyResult accepts every key its type has', () => {
    const outcome = inspectProxyResult(ok, {
      integration: 'rest',
      binaryMediaTypes: ['image/png'],
      accept: 'text/plain',
      method: 'GET',
      strict: false,
      durationMs: 1,
      integrationTimeoutMs: 29_000,
    });
    expect(outcome.accepted).toBe(true);
  });

  it('invoke refuses timeout, suggesting timeoutMs, before it runs the handler', async () => {
    let ran = false;
    const counted = async () => {
      ran = true;
      return ok;
    };
    await expect(invoke(counted, {}, { timeout: 100 } as never)).rejects.toThrow(
      'invoke: timeout is not an option; the options are context, timeoutMs, runtime (did you mean timeoutMs?)',
    );
    expect(ran).toBe(false);
  });

  it('invokeHttp refuses integation, suggesting integration, and knows both its own and the contract options', async () => {
    await expect(invokeHttp(handler, restApi.get('/'), { integation: 'alb' } as never)).rejects.toThrow(
      /^invokeHttp: integation is not an option; the options are context, timeoutMs, runtime, integration, .* \(did you mean integration\?\)$/,
    );
    const outcome = await invokeHttp(handler, restApi.get('/'), { timeoutMs: 1000, strict: true });
    expect(outcome.accepted).toBe(true);
  });

  it('invokePython refuses handlr, suggesting handler, before it looks for Python', () => {
    expect(() => invokePython('handler.py', { handlr: 'index.handler' } as never)).toThrow(
      'invokePython: handlr is not an option; the options are event, handler, context, timeoutMs, python, env, onLog (did you mean handler?)',
    );
  });

  it('configure refuses integraton and keeps the setting it had', () => {
    expect(() => configure({ integraton: 'alb' } as never)).toThrow("configure() has no option 'integraton'");
    expect(inspectProxyResult(ok).integration).toBe('rest');
  });

  it('toBeValidProxyResponse: a Matcher error with the suggestion, with and without .not', () => {
    const message =
      /Matcher error: options\.integation is not an option; the options are integration, strict, binaryMediaTypes, accept \(did you mean integration\?\)/;
    expect(failureOf(() => expect(ok).toBeValidProxyResponse({ integation: 'alb' } as never))).toMatch(
      message,
    );
    expect(
      failureOf(() => expect({ body: {} }).not.toBeValidProxyResponse({ integation: 'alb' } as never)),
    ).toMatch(message);
  });

  it('toBeValidProxyResponse refuses method, which its type does not have either', () => {
    expect(failureOf(() => expect(ok).toBeValidProxyResponse({ method: 'HEAD' } as never))).toMatch(
      /options\.method is not an option/,
    );
  });
});
