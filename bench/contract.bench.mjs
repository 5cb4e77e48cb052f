// The contract core against its floor. Every result reaches a front end as JSON, so a judge that serialises
// and parses it costs at least one `JSON.parse(JSON.stringify(result))`. The fast path skips that round trip
// for results that are already plain JSON data, the usual case; the slow path still takes it (here forced by
// a class instance, which serialises the same but is not plain data). Goals: the fast path ≤ 0.4× the floor
// on a typical 2 KB response (≈ 3 µs here: the matchers' budget, ≤ 1.2× a hand-written check inside jest's
// expect at 22–27 µs, leaves the core about that), the slow path ≤ 3×, and cost that grows linearly with the
// body (a 1 MB body costs ~size-ratio × the 2 KB one).
// Run after `npm run build`: node bench/contract.bench.mjs
import { deepStrictEqual } from 'node:assert/strict';
import { Bench } from 'tinybench';
import { inspectProxyResult } from '../dist/esm/index.js';

/** A typical API response, about `bytes` of JSON on the wire: a few headers and a JSON list of records. */
function response(bytes) {
  const result = {
    statusCode: 200,
    headers: {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
      'X-Request-Id': 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
    },
    multiValueHeaders: { 'Set-Cookie': ['session=abc; Path=/; HttpOnly', 'theme=dark; Path=/'] },
    body: '[]',
  };
  const items = [];
  // Whole records keep the body valid JSON; the large case adds them 64 at a time to build quickly.
  const step = bytes < 100_000 ? 1 : 64;
  while (sizeOf(result) < bytes) {
    for (let k = 0; k < step; k++) {
      const i = items.length;
      items.push({ id: `item-${i}`, name: `Widget number ${i}`, price: 9.99 + i, inStock: i % 2 === 0 });
    }
    result.body = JSON.stringify(items);
  }
  return result;
}

function sizeOf(result) {
  return Buffer.byteLength(JSON.stringify(result));
}

const small = response(2 * 1024);
const large = response(1024 * 1024);

/** The same response as a class instance: JSON.stringify sends the same payload, but only the slow path judges it. */
class Response {
  constructor(fields) {
    Object.assign(this, fields);
  }
}
const smallInstance = new Response(small);
const largeInstance = new Response(large);
// Both paths must give the same outcome, or the comparison below means nothing.
deepStrictEqual(inspectProxyResult(smallInstance), inspectProxyResult(small));
const sizeRatio = sizeOf(large) / sizeOf(small);

// Batches keep each sample well above the timer's resolution; times below are per call.
const SMALL_BATCH = 200;
let sink;
const floor = (result) => JSON.parse(JSON.stringify(result));
const inspect = (result) => inspectProxyResult(result, { integration: 'rest' });
const batched = (fn, result, n) => () => {
  for (let i = 0; i < n; i++) sink = fn(result);
};

const bench = new Bench({ time: 1500, warmup: true });
bench
  .add('floor 2 KB', batched(floor, small, SMALL_BATCH))
  .add('inspect 2 KB', batched(inspect, small, SMALL_BATCH))
  .add('slow path 2 KB', batched(inspect, smallInstance, SMALL_BATCH))
  .add('floor 1 MB', batched(floor, large, 1))
  .add('inspect 1 MB', batched(inspect, large, 1))
  .add('slow path 1 MB', batched(inspect, largeInstance, 1));
await bench.run();

const perCall = (name) => {
  const task = bench.tasks.find((t) => t.name === name);
  const p50 = task.result.latency.p50;
  return name.endsWith('2 KB') ? p50 / SMALL_BATCH : p50;
};
const us = (ms) => `${(ms * 1000).toFixed(2)} µs`;
const t = {
  floorSmall: perCall('floor 2 KB'),
  inspectSmall: perCall('inspect 2 KB'),
  slowSmall: perCall('slow path 2 KB'),
  floorLarge: perCall('floor 1 MB'),
  inspectLarge: perCall('inspect 1 MB'),
  slowLarge: perCall('slow path 1 MB'),
};
const ratio = (a, b) => (a / b).toFixed(2);

console.log(`payloads: ${sizeOf(small)} B and ${sizeOf(large)} B (×${sizeRatio.toFixed(0)})`);
console.table({
  '2 KB': {
    floor: us(t.floorSmall),
    'inspect (fast path)': us(t.inspectSmall),
    'fast / floor': ratio(t.inspectSmall, t.floorSmall),
    'slow path': us(t.slowSmall),
    'slow / floor': ratio(t.slowSmall, t.floorSmall),
  },
  '1 MB': {
    floor: us(t.floorLarge),
    'inspect (fast path)': us(t.inspectLarge),
    'fast / floor': ratio(t.inspectLarge, t.floorLarge),
    'slow path': us(t.slowLarge),
    'slow / floor': ratio(t.slowLarge, t.floorLarge),
  },
});
const growth = t.inspectLarge / t.inspectSmall;
console.log(
  `growth: time(1 MB) / time(2 KB) = ${growth.toFixed(0)} for a size ratio of ${sizeRatio.toFixed(0)} (${(growth / sizeRatio).toFixed(2)} × linear)`,
);
const fast = t.inspectSmall / t.floorSmall;
const slow = t.slowSmall / t.floorSmall;
console.log(
  `goal: fast path ≤ 0.4× the floor on 2 KB: ${fast <= 0.4 ? 'met' : 'NOT met'} (${fast.toFixed(2)}×)`,
);
console.log(`goal: slow path ≤ 3× the floor on 2 KB: ${slow <= 3 ? 'met' : 'NOT met'} (${slow.toFixed(2)}×)`);
void sink;
