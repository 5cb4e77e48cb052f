// The contract core at work on the story's results: what an Amplify hello-world function returns through a
// REST API, its fixes, and the same result behind HTTP API 2.0. Run by `npm run demo` after the build.
import { inspectProxyResult, integrationLabel } from '../../dist/esm/index.js';

const tty = process.stdout.isTTY === true;
const paint = (code) => (text) => (tty ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = paint('1');
const dim = paint('2');
const green = paint('32');
const red = paint('31');
const yellow = paint('33');

const message = 'Hello from your new Amplify Python lambda!';
const CASES = [
  {
    title: 'The Amplify hello-world result, through a REST API',
    code: `{ message: '${message}' }`,
    result: { message },
    integration: 'rest',
  },
  {
    title: 'Fixed: a proxy response with a string body',
    code: "{ statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ message }) }",
    result: {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message }),
    },
    integration: 'rest',
  },
  {
    title: 'Half fixed: statusCode, but the body is still an object',
    code: '{ statusCode: 200, body: { message } }',
    result: { statusCode: 200, body: { message } },
    integration: 'rest',
  },
  {
    title: 'The original result, through HTTP API (payload 2.0)',
    code: `{ message: '${message}' }`,
    result: { message },
    integration: 'http-2.0',
  },
];

function show({ title, code, result, integration }) {
  const outcome = inspectProxyResult(result, { integration });
  const { response } = outcome;
  const verdict = outcome.accepted ? green('accepted') : red('rejected');
  const lines = [
    bold(title),
    `  handler returns  ${code}`,
    `  integration      ${integrationLabel(integration)}: ${verdict}`,
    `  client receives  HTTP ${response.status}`,
  ];
  for (const [name, values] of Object.entries(response.headers)) {
    for (const value of values) lines.push(`                   ${name}: ${value}`);
  }
  lines.push(`                   ${response.body === '' ? dim('(empty body)') : response.body}`);
  for (const problem of outcome.problems) {
    const mark = problem.severity === 'error' ? red('✗ error') : yellow('! warning');
    const where = problem.path === '' ? '' : `${problem.path}: `;
    lines.push(
      `  ${mark}  ${where}${problem.message}${problem.hint ? ` — fix: ${problem.hint}` : ''} ${dim(`(${problem.rule})`)}`,
    );
  }
  for (const note of outcome.notes) lines.push(`  ${dim(`note: ${note.message} (${note.rule})`)}`);
  console.log(`${lines.join('\n')}\n`);
}

console.log(bold('lambda-proxy-matchers: what the front end does with your result\n'));
for (const example of CASES) show(example);
