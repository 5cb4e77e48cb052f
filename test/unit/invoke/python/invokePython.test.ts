import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectProxyResult } from '../../../../src/contract/inspectProxyResult.js';
import { restApiEvent } from '../../../../src/events/restApiEvent.js';
import { invokeHttp } from '../../../../src/invoke/invokeHttp.js';
import { invokePython, PythonHandlerError } from '../../../../src/invoke/python/invokePython.js';

const fixtures = resolve('test/fixtures/python');
const fixture = (name: string): string => join(fixtures, name);
const example = resolve('examples/amplify-python');

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** The rejection of a call that must fail, for assertions on its fields. */
async function failure(promise: Promise<unknown>): Promise<PythonHandlerError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value).slice(0, 200)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PythonHandlerError);
  return error as PythonHandlerError;
}

describe('invokePython: the Amplify story', () => {
  it('runs the current Amplify template, whose result API Gateway (REST) accepts', async () => {
    const result = await invokePython(join(example, 'amplify/backend/function/hello/src/index.py'));
    expect(result).toEqual({
      statusCode: 200,
      headers: {
        'Access-Control-Allow-Headers': '*',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'OPTIONS,POST,GET',
      },
      body: '"Hello from your new Amplify Python lambda!"',
    });
    expect(inspectProxyResult(result).accepted).toBe(true);
  });

  it('runs the 2020 template, whose result API Gateway (REST) answers with 502', async () => {
    const result = await invokePython(join(example, 'broken/index.py'), { event: { test: 'event' } });
    expect(result).toEqual({ message: 'Hello from your new Amplify Python lambda!' });
    const outcome = inspectProxyResult(result);
    expect(outcome.accepted).toBe(false);
    expect(outcome.response.status).toBe(502);
  });
});

describe('invokePython inside invokeHttp: what the client gets', () => {
  const event = restApiEvent({ method: 'GET', path: '/hello' });

  it('is the response built from the result', async () => {
    const outcome = await invokeHttp(
      invokePython(join(example, 'amplify/backend/function/hello/src/index.py'), { event }),
      event,
    );
    expect(outcome).toMatchObject({ integration: 'rest', accepted: true, functionError: false });
    expect(outcome.response.status).toBe(200);
    expect(outcome.response.body).toBe('"Hello from your new Amplify Python lambda!"');
  });

  it("is the front end's error response when the handler raises", async () => {
    const outcome = await invokeHttp(invokePython(fixture('raises.py'), { event }), event);
    expect(outcome).toMatchObject({ accepted: false, functionError: true });
    expect(outcome.response.status).toBe(502);
    expect(outcome.problems[0]!.message).toContain("the handler threw KeyError: 'missing'");
  });
});

describe('invokePython: as the Lambda Python runtime runs a handler', () => {
  it('passes the event, imports siblings from the task root, and keeps print() out of the result', async () => {
    const logs: string[] = [];
    const result = (await invokePython(fixture('echo.py'), {
      event: { path: '/items', n: 1.5, list: [null, true] },
      env: { GREETING: 'hi', AWS_LAMBDA_FUNCTION_NAME: undefined },
      onLog: (text) => logs.push(text),
    })) as Record<string, any>;
    expect(result.event).toEqual({ path: '/items', n: 1.5, list: [null, true] });
    expect(result.helper).toBe('sibling modules import as on Lambda');
    expect(result.cwd).toBe(fixtures);
    expect(result.path0).toBe(fixtures);
    expect(result.env).toEqual({ GREETING: 'hi', AWS_LAMBDA_FUNCTION_NAME: null });
    const printed = logs.join('');
    expect(printed).toContain('{"statusCode": 500, "body": "printed, not returned"}');
    expect(printed).toContain('a line on stderr');
    expect(printed).not.toContain('lambda-proxy-matchers:handler-starts');
  });

  it('gives the handler a context with the Lambda Python attributes', async () => {
    const result = (await invokePython(fixture('echo.py'), {
      context: {
        functionName: 'orders',
        functionVersion: '7',
        memoryLimitInMB: '512',
        awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
        invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders:live',
        logGroupName: '/aws/lambda/orders',
        logStreamName: '2024/01/02/[7]abcdef',
        identity: { cognitoIdentityId: 'id-1', cognitoIdentityPoolId: 'pool-1' },
        clientContext: {
          client: {
            installationId: 'install-1',
            appTitle: 'app',
            appVersionName: '1',
            appVersionCode: '1',
            appPackageName: 'p',
          },
          env: { platformVersion: '1', platform: 'ios', make: 'a', model: 'b', locale: 'en' },
          custom: { plan: 'pro' },
        },
      },
      timeoutMs: 5000,
    })) as Record<string, any>;
    expect(result.context).toMatchObject({
      function_name: 'orders',
      function_version: '7',
      memory_limit_in_mb: '512',
      aws_request_id: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      invoked_function_arn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders:live',
      log_group_name: '/aws/lambda/orders',
      log_stream_name: '2024/01/02/[7]abcdef',
      identity: ['id-1', 'pool-1'],
      client_context: { installation_id: 'install-1', custom: { plan: 'pro' } },
    });
    expect(result.env.AWS_LAMBDA_FUNCTION_NAME).toBe('orders');
    expect(result.context.remaining).toBeGreaterThan(4000);
    expect(result.context.remaining).toBeLessThanOrEqual(5000);
  });

  it('fills the context with plausible defaults when none is given', async () => {
    const result = (await invokePython(fixture('echo.py'))) as Record<string, any>;
    for (const key of [
      'function_name',
      'function_version',
      'memory_limit_in_mb',
      'aws_request_id',
      'log_group_name',
    ]) {
      expect(typeof result.context[key], key).toBe('string');
      expect(result.context[key], key).not.toBe('');
    }
    expect(result.context.invoked_function_arn).toMatch(/^arn:aws:lambda:/);
    expect(result.context.identity).toEqual([null, null]);
    expect(result.context.client_context).toBeNull();
    expect(result.event).toEqual({});
  });

  it("takes another function name, or Lambda's module.function handler string", async () => {
    await expect(invokePython(fixture('echo.py'), { handler: 'other' })).resolves.toEqual({
      statusCode: 204,
    });
    await expect(invokePython(fixture('echo.py'), { handler: 'echo.other' })).resolves.toEqual({
      statusCode: 204,
    });
    await expect(invokePython(fixtures, { handler: 'echo.other' })).resolves.toEqual({ statusCode: 204 });
  });

  it('imports a module inside a package from the folder above it, as Lambda does for pkg.app.handler', async () => {
    const expected = { statusCode: 200, body: 'from a package', module: 'pkg.app' };
    await expect(invokePython(fixture('pkg/app.py'), { handler: 'pkg.app.handler' })).resolves.toEqual(
      expected,
    );
    await expect(invokePython(fixtures, { handler: 'pkg/app.handler' })).resolves.toEqual(expected);
  });

  it('marshals as the runtime does: Decimal as a number, bytes as the raw payload, None as null', async () => {
    await expect(invokePython(fixture('raises.py'), { handler: 'decimals' })).resolves.toEqual({
      statusCode: 200,
      price: 12.5,
    });
    await expect(invokePython(fixture('raises.py'), { handler: 'raw_bytes' })).resolves.toEqual({
      statusCode: 200,
      body: 'from bytes',
    });
    await expect(invokePython(fixture('raises.py'), { handler: 'returns_none' })).resolves.toBeNull();
    await expect(invokePython(fixture('raises.py'), { handler: 'returns_string' })).resolves.toBe('Hello');
  });

  it('sends logging output to the logs, formatted as Lambda formats it', async () => {
    let logs = '';
    await invokePython(fixture('raises.py'), {
      handler: 'logs',
      context: { awsRequestId: 'req-42' },
      onLog: (text) => {
        logs += text;
      },
    });
    expect(logs).toMatch(
      /^\[INFO\]\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\treq-42\tthrough the logging module\n/m,
    );
  });

  it('does not wait for threads the handler leaves running, as Lambda freezes the sandbox', async () => {
    const start = Date.now();
    await expect(invokePython(fixture('raises.py'), { handler: 'leaves_thread' })).resolves.toEqual({
      statusCode: 200,
      body: 'done',
    });
    expect(Date.now() - start).toBeLessThan(10_000);
  });

  it('does not count the import against the timeout, as Lambda separates init from the invocation', async () => {
    const result = (await invokePython(fixture('slow_import.py'), { timeoutMs: 1000 })) as { body: string };
    expect(Number(result.body)).toBeGreaterThan(500);
  });

  it('leaves no temporary files and no __pycache__ behind', async () => {
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith('lambda-proxy-matchers-')).length;
    await invokePython(fixture('echo.py'));
    await invokePython(fixture('raises.py'), { handler: 'value_error' }).catch(() => undefined);
    const after = readdirSync(tmpdir()).filter((name) => name.startsWith('lambda-proxy-matchers-')).length;
    expect(after).toBeLessThanOrEqual(before);
    expect(readdirSync(fixtures)).not.toContain('__pycache__');
  });
});

describe('invokePython: function errors carry Lambda’s payload', () => {
  it('rejects with the exception type, message and traceback when the handler raises', async () => {
    const error = await failure(invokePython(fixture('raises.py'), { context: { awsRequestId: 'req-1' } }));
    expect(error.errorType).toBe('KeyError');
    expect(error.errorMessage).toBe("'missing'");
    expect(error.requestId).toBe('req-1');
    expect(error.stackTrace).toHaveLength(2);
    expect(error.stackTrace[0]).toMatch(/raises\.py", line 7, in handler\n\s+return load\(\{\}\)/);
    expect(error.stackTrace[1]).toMatch(/raises\.py", line 2, in load/);
    expect(error.name).toBe('KeyError');
    expect(String(error).split('\n')[0]).toBe("KeyError: 'missing'");
    expect(error.stack).toBe(`KeyError: ${error.message}`);
    expect(error.message).toContain(`(the Python handler in ${fixture('raises.py')})`);
    expect(error.message).toContain('Traceback (most recent call last):');
    expect(error.logs).toContain('about to fail');
    expect(error.toJSON()).toEqual({
      errorMessage: "'missing'",
      errorType: 'KeyError',
      requestId: 'req-1',
      stackTrace: error.stackTrace,
    });
  });

  it('keeps the runner out of the traceback', async () => {
    const error = await failure(invokePython(fixture('raises.py'), { handler: 'value_error' }));
    expect(error.errorType).toBe('ValueError');
    expect(error.errorMessage).toBe('the order id must be a number');
    expect(error.stackTrace.join('')).not.toContain('<string>');
  });

  it('reports a result json.dumps cannot serialise as Runtime.MarshalError', async () => {
    const error = await failure(invokePython(fixture('raises.py'), { handler: 'not_json' }));
    expect(error.errorType).toBe('Runtime.MarshalError');
    expect(error.errorMessage).toBe(
      'Unable to marshal response: Object of type date is not JSON serializable',
    );
    const nan = await failure(invokePython(fixture('raises.py'), { handler: 'nan' }));
    expect(nan.errorType).toBe('Runtime.MarshalError');
  });

  it('reports a payload over 6 MB as Function.ResponseSizeTooLarge (W5)', async () => {
    const error = await failure(invokePython(fixture('raises.py'), { handler: 'too_big' }));
    expect(error.errorType).toBe('Function.ResponseSizeTooLarge');
    expect(error.errorMessage).toMatch(/exceeded maximum allowed payload size \(6291556 bytes\)/);
  });

  it('times out as Lambda does, killing the handler', async () => {
    const start = Date.now();
    const error = await failure(invokePython(fixture('raises.py'), { handler: 'sleeps', timeoutMs: 300 }));
    expect(error.errorType).toBe('Sandbox.Timedout');
    expect(error.errorMessage).toBe('Task timed out after 0.30 seconds');
    expect(error.logs).toMatch(/remaining before sleep: (2\d\d|300)/);
    expect(Date.now() - start).toBeLessThan(5000);
  });

  it('reports sys.exit() as Runtime.ExitError', async () => {
    const error = await failure(invokePython(fixture('raises.py'), { handler: 'exits' }));
    expect(error.errorType).toBe('Runtime.ExitError');
    expect(error.errorMessage).toMatch(/Runtime exited with error: exit status 3$/);
    const onImport = await failure(invokePython(fixture('exits_on_import.py')));
    expect(onImport.errorType).toBe('Runtime.ExitError');
  });

  it('reports a missing function as Runtime.HandlerNotFound', async () => {
    const error = await failure(invokePython(fixture('echo.py'), { handler: 'nope' }));
    expect(error.errorType).toBe('Runtime.HandlerNotFound');
    expect(error.errorMessage).toBe("Handler 'nope' missing on module 'echo'");
  });

  it('says when the module name is taken by a module Python had already loaded', async () => {
    const error = await failure(invokePython(fixture('shadow/json.py')));
    expect(error.errorType).toBe('Runtime.HandlerNotFound');
    expect(error.errorMessage).toMatch(/already loaded a module named 'json' from .*: rename your file/);
  });

  it('reports a failed import with the module and the traceback to the failing line', async () => {
    const error = await failure(invokePython(fixture('import_error.py')));
    expect(error.errorType).toBe('Runtime.ImportModuleError');
    expect(error.errorMessage).toBe(
      "Unable to import module 'import_error': No module named 'not_a_module_anyone_installed'",
    );
    expect(error.stackTrace.join('')).toContain('import not_a_module_anyone_installed');
    expect(error.stackTrace.join('')).not.toContain('<frozen importlib');
  });

  it('reports a syntax error as Runtime.UserCodeSyntaxError with the line', async () => {
    const error = await failure(invokePython(fixture('syntax_error.py')));
    expect(error.errorType).toBe('Runtime.UserCodeSyntaxError');
    expect(error.errorMessage).toMatch(/^Syntax error in module 'syntax_error': .*line 1/);
    expect(error.stackTrace[0]).toContain('def handler(event, context)');
  });

  it('reports an exception raised while importing with its type and traceback', async () => {
    const error = await failure(invokePython(fixture('init_error.py')));
    expect(error.errorType).toBe('KeyError');
    expect(error.errorMessage).toBe("'TABLE_NAME_THAT_IS_NOT_SET'");
    expect(error.stackTrace[0]).toContain("TABLE = os.environ['TABLE_NAME_THAT_IS_NOT_SET']");
  });
});

describe('invokePython: mistakes in the call throw at once, saying what to fix', () => {
  // Thrown, not rejected: inside invokeHttp(invokePython(…), event) a rejection would pass for a 502.
  it('names the path when there is no such file', () => {
    expect(() => invokePython('amplify/backend/function/nope/src/index.py')).toThrow(
      /no file or folder at .*amplify\/backend\/function\/nope\/src\/index\.py/,
    );
  });

  it('says how to point at Python when the interpreter is missing', () => {
    expect(() => invokePython(fixture('echo.py'), { python: 'python-that-does-not-exist' })).toThrow(
      /could not find 'python-that-does-not-exist' on PATH.*pass \{ python:/,
    );
    expect(() => invokePython(fixture('echo.py'), { python: '/nowhere/bin/python3' })).toThrow(
      /could not find '\/nowhere\/bin\/python3'\. Install Python 3/,
    );
    expect(() => invokePython(fixture('echo.py'), { env: { PATH: '/nowhere' } })).toThrow(/on PATH/);
  });

  it('asks for module.function when given a folder', () => {
    expect(() => invokePython(fixtures)).toThrow(/is a folder.*\{ handler: 'index\.handler' \}/);
  });

  it('refuses a handler string whose module is not the file', () => {
    expect(() => invokePython(fixture('echo.py'), { handler: 'index.handler' })).toThrow(
      /names module 'index', which is not the file .*echo\.py/,
    );
  });

  it('refuses a handler that is not a Python name, a non-.py file, a bad timeout or context', () => {
    expect(() => invokePython(fixture('echo.py'), { handler: 'my-handler' })).toThrow(/not a Python name/);
    const notPython = join(tempDir('lpm-test-'), 'index.js');
    writeFileSync(notPython, 'exports.handler = () => {}');
    expect(() => invokePython(notPython)).toThrow(/is not a \.py file/);
    expect(() => invokePython(fixture('echo.py'), { timeoutMs: 0 })).toThrow(/timeoutMs must be a positive/);
    expect(() => invokePython('')).toThrow(/needs the handler's \.py file/);
    expect(() => invokePython(fixture('echo.py'), { context: { functionName: '' } })).toThrow(/functionName/);
    expect(() => invokePython(fixture('echo.py'), { env: 'TABLE=x' as never })).toThrow(
      /env must be an object/,
    );
    expect(() => invokePython(fixture('echo.py'), { onLog: true as never })).toThrow(
      /onLog must be a function/,
    );
    expect(() => invokePython(fixture('echo.py'), null as never)).toThrow(/options must be an object/);
  });

  it('refuses an event JSON cannot carry', () => {
    expect(() => invokePython(fixture('echo.py'), { event: { n: 1n } })).toThrow(
      /Lambda delivers events as JSON/,
    );
  });

  it('says when the interpreter is not Python 3', async () => {
    const dir = tempDir('lpm-python2-');
    const python2 = join(dir, 'python2');
    // Stands in for Python 2, which the runner's first lines detect and report with exit status 87.
    writeFileSync(
      python2,
      '#!/bin/sh\necho "invokePython needs Python 3, and this is Python 2.7.18" >&2\nexit 87\n',
      {
        mode: 0o755,
      },
    );
    await expect(invokePython(fixture('echo.py'), { python: python2 })).rejects.toThrow(
      /'.*python2' is not Python 3 \(invokePython needs Python 3, and this is Python 2\.7\.18\)/,
    );
  });
});

describe('invokePython: a payload no front end can read', () => {
  it('rejects bytes that are not JSON, which invokeHttp then shows as the front end’s error', async () => {
    const error = (await invokePython(fixture('raises.py'), { handler: 'not_json_bytes' }).catch(
      (reason) => reason,
    )) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(PythonHandlerError);
    expect(error.message).toMatch(/returned 4 bytes that are not JSON/);
  });
});
