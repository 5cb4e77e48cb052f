// The contract core against its floor. Every result reaches a front end as JSON, so the least any faithful
// judge can cost is one `JSON.parse(JSON.stringify(result))`; the goal is within 3× of that on a typical
// 2 KB response, and cost that grows linearly with the body (a 1 MB body costs ~size-ratio × the 2 KB one).
// Run after `npm run build`: node bench/contract.bench.mjs
import { Bench } from 'tinybench';
import { inspectProxyResult } from '../dist/esm/contract/inspectProxyResult.js';

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
  .add('floor 1 MB', batched(floor, large, 1))
  .add('inspect 1 MB', batched(inspect, large, 1));
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
  floorLarge: perCall('floor 1 MB'),
  inspectLarge: perCall('inspect 1 MB'),
};

console.log(`payloads: ${sizeOf(small)} B and ${sizeOf(large)} B (×${sizeRatio.toFixed(0)})`);
console.table({
  '2 KB': {
    floor: us(t.floorSmall),
    inspect: us(t.inspectSmall),
    'inspect / floor': (t.inspectSmall / t.floorSmall).toFixed(2),
  },
  '1 MB': {
    floor: us(t.floorLarge),
    inspect: us(t.inspectLarge),
    'inspect / floor': (t.inspectLarge / t.floorLarge).toFixed(2),
  },
});
const growth = t.inspectLarge / t.inspectSmall;
console.log(
  `growth: time(1 MB) / time(2 KB) = ${growth.toFixed(0)} for a size ratio of ${sizeRatio.toFixed(0)} (${(growth / sizeRatio).toFixed(2)} × linear)`,
);
const ratio = t.inspectSmall / t.floorSmall;
console.log(`goal: inspect ≤ 3× the floor on 2 KB: ${ratio <= 3 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×)`);
void sink;
