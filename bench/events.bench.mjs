// Event factories, side by side: a full REST event from restApi.get() (about 2 KB, every key a captured event
// has) against structuredClone of a captured event, lambda-event-mock and aws-lambda-test-utils (whose events
// are smaller and miss required fields). Goal (performance.md): at least 1 million events a second, and
// faster than both peers. Run after `npm run build`: node bench/events.bench.mjs
// EVENTS_BENCH_DIST=<path to an index.js> measures another build of the factories.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Bench } from 'tinybench';

const require = createRequire(import.meta.url);
const entry = new URL(process.env.EVENTS_BENCH_DIST ?? '../dist/esm/index.js', import.meta.url);
const { restApi, httpApi, functionUrlEvent, albEvent } = await import(entry.href);
const lambdaEventMock = require('lambda-event-mock');
const { mockEventCreator } = require('aws-lambda-test-utils');

const captured = JSON.parse(
  readFileSync(
    new URL('../test/fixtures/events/powertools-typescript/apigw-rest/no-auth.json', import.meta.url),
    'utf8',
  ),
);

// Batches keep each sample well above the timer's resolution; the table shows time per event.
const BATCH = 1000;
let sink;
const batched = (fn) => () => {
  for (let i = 0; i < BATCH; i++) sink = fn();
};

const cases = {
  'restApi.get (ours)': () => restApi.get('/items'),
  'structuredClone(captured REST event)': () => structuredClone(captured),
  'lambda-event-mock apiGateway()': () => lambdaEventMock.apiGateway().method('GET').path('/items').build(),
  'aws-lambda-test-utils createAPIGatewayEvent': () =>
    mockEventCreator.createAPIGatewayEvent({ path: '/items', method: 'GET' }),
  'restApi.get with query (ours)': () => restApi.get('/items?limit=10&tag=a&tag=b'),
  'restApi.post with JSON (ours)': () => restApi.post('/items', { name: 'widget', qty: 2 }),
  'httpApi.get (ours)': () => httpApi.get('/items'),
  'functionUrlEvent (ours)': () => functionUrlEvent({ path: '/items' }),
  'albEvent (ours)': () => albEvent({ path: '/items' }),
};

const bench = new Bench({ time: 1000, warmup: true });
for (const [name, fn] of Object.entries(cases)) bench.add(name, batched(fn));
await bench.run();

const perEvent = (name) => bench.tasks.find((t) => t.name === name).result.latency.p50 / BATCH;
const size = (fn) => Buffer.byteLength(JSON.stringify(fn()));
const ours = perEvent('restApi.get (ours)');
const rows = {};
for (const [name, fn] of Object.entries(cases)) {
  const ms = perEvent(name);
  rows[name] = {
    'ns / event': (ms * 1e6).toFixed(0),
    'events / s': Math.round(1000 / ms).toLocaleString('en-US'),
    'vs restApi.get': `${(ms / ours).toFixed(2)}×`,
    'JSON bytes': size(fn),
  };
}
console.table(rows);

const rate = 1000 / ours;
const peers = ['lambda-event-mock apiGateway()', 'aws-lambda-test-utils createAPIGatewayEvent'];
const beatsPeers = peers.every((name) => perEvent(name) > ours);
console.log(
  `goal: ≥ 1,000,000 REST events/s and faster than both peers: ${rate >= 1e6 && beatsPeers ? 'met' : 'NOT met'} ` +
    `(${Math.round(rate).toLocaleString('en-US')}/s; peers ${peers.map((n) => `${(perEvent(n) / ours).toFixed(1)}×`).join(', ')} slower)`,
);
void sink;
