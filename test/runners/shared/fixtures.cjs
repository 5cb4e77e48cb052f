// Handlers and results shared by every runner suite. CommonJS so that jest (no transform), vitest, node:test
// and bun can all load it natively; it imports nothing from the library, so each suite hands in the copy it
// loaded itself, through the same module system as its setup file (one module instance, one configure()).

const hello = { message: 'Hello from Lambda!' };

/** The Amplify "hello world" REST function, written as API Gateway needs it. */
const fixedHandler = async (event) => ({
  statusCode: 200,
  headers: {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': '*',
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({ ...hello, path: event.path ?? event.rawPath }),
});

/** The same function as first written: the data itself, with no proxy envelope. */
const bareObjectHandler = async () => ({ ...hello });

/** The next attempt: an envelope, but the body left as an object. */
const objectBodyHandler = async () => ({ statusCode: 200, body: { ...hello } });

/** A handler that throws: the front end answers with its own error response. */
const throwingHandler = async () => {
  throw new Error('database unreachable');
};

/** An old-style callback handler. */
const callbackHandler = (_event, _context, callback) => {
  setImmediate(() => callback(null, { statusCode: 204, body: '' }));
};

/** Results to hand straight to the matchers (REST rules unless a case says otherwise). */
const results = {
  json: {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req-123' },
    body: JSON.stringify({ ...hello, items: [1, 2, 3], page: { size: 3 } }),
  },
  text: {
    statusCode: 200,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: 'Hello from Lambda!',
  },
  noContentType: { statusCode: 200, body: '{"ok":true}' },
  withCookies: {
    statusCode: 200,
    multiValueHeaders: { 'Set-Cookie': ['session=s3cr3t; Path=/; HttpOnly', 'theme=dark; Path=/'] },
    body: '',
  },
  redirect: { statusCode: 302, headers: { Location: 'https://example.com/login' }, body: '' },
  objectBody: { statusCode: 200, body: { ...hello } },
  bareObject: { ...hello },
};

module.exports = {
  hello,
  fixedHandler,
  bareObjectHandler,
  objectBodyHandler,
  throwingHandler,
  callbackHandler,
  results,
};
