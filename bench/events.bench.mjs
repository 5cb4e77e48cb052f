// Event factories, side by side: a full REST event from restApi.get() (about 2 KB, every key a captured event
// has) against structuredClone of a captured event, lambda-event-mock and aws-lambda-test-utils (whose events
// are smaller and miss required fields), all building the same request, GET /items/42?limit=10. Goal
// (performance.md, issue 8): at least 1 million events a second, and faster than every peer on that request.
// The other factories build the same request too, so a change that speeds REST up and slows them shows.
// Run after `npm run build`: node bench/events.bench.mjs
// EVENTS_BENCH_DIST=<path to an index.js> measures another build of the factories.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Bench } from 'tinybench';

const require = createRequire(import.meta.url);
const entry = new URL(process.env.EVENTS_BENCH_DIST ?? '../dist/esm/index.js', import.meta.url);
const { restApi, restApiEvent, httpApi, httpApiV1Event, functionUrlEvent, albEvent } = await import(
  entry.href
);
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

const OURS = 'restApi.get (ours)';
const PEERS = ['lambda-event-mock apiGateway()', 'aws-lambda-test-utils createAPIGatewayEvent'];
const cases = {
  [OURS]: () => restApi.get('/items/42?limit=10'),
  [PEERS[0]]: () =>
    lambdaEventMock.apiGateway().method('GET').path('/items/42').queryStringParameter('limit', '10').build(),
  [PEERS[1]]: () =>
    mockEventCreator.createAPIGatewayEvent({
      path: '/items/42',
      method: 'GET',
      queryStringParameters: { limit: '10' },
    }),
  'structuredClone(captured REST event)': () => structuredClone(captured),
  'restApiEvent({ query }) (ours)': () => restApiEvent({ path: '/items/42', query: { limit: 10 } }),
  'restApi.get, no query (ours)': () => restApi.get('/items'),
  'restApi.get with route (ours)': () => restApi.get('/items/42?limit=10', { route: '/items/{id}' }),
  'restApi.post with JSON (ours)': () => restApi.post('/items', { name: 'widget', qty: 2 }),
  'httpApi.get (ours)': () => httpApi.get('/items/42?limit=10'),
  'httpApiV1Event (ours)': () => httpApiV1Event({ path: '/items/42?limit=10' }),
  'functionUrlEvent (ours)': () => functionUrlEvent({ path: '/items/42?limit=10' }),
  'albEvent (ours)': () => albEvent({ path: '/items/42?limit=10' }),
};

const bench = new Bench({ time: Number(process.env.EVENTS_BENCH_MS ?? 1000), warmup: true });
for (const [name, fn] of Object.entries(cases)) bench.add(name, batched(fn));
await bench.run();

const perEvent = (name) => bench.tasks.find((t) => t.name === name).result.latency.p50 / BATCH;
const size = (fn) => Buffer.byteLength(JSON.stringify(fn()));
const ours = perEvent(OURS);
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
const beatsPeers = PEERS.every((name) => perEvent(name) > ours);
console.log(
  `goal: ≥ 1,000,000 REST events/s and faster than both peers on GET /items/42?limit=10: ${rate >= 1e6 && beatsPeers ? 'met' : 'NOT met'} ` +
    `(${Math.round(rate).toLocaleString('en-US')}/s; peers ${PEERS.map((n) => `${(perEvent(n) / ours).toFixed(2)}×`).join(', ')} the time of ours)`,
);
void sink;
