// Response streaming against its floor. A streamed body is bytes the handler writes into a stream, so the least
// any emulation can cost is those bytes through a Node PassThrough collected into one Buffer. The goals: a 10 MB
// stream written in 64 KB chunks, run by invokeHttp through the emulated response stream and judged, within 2×
// that floor and linear in size (1 MB against 10 MB); one invokeHttp of a small streaming handler within 1.5×
// of the same response from a buffered handler.
// Run after `npm run build`: node bench/streaming.bench.mjs
import { PassThrough } from 'node:stream';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { functionUrlEvent, installAwsLambdaGlobals, invokeHttp } from '../dist/esm/index.js';

installAwsLambdaGlobals();
const { HttpResponseStream, streamifyResponse } = globalThis.awslambda;

const CHUNK = new Uint8Array(64 * 1024).fill(0x61);
const event = functionUrlEvent({ method: 'GET', path: '/file' });

const writer = (chunks) =>
  streamifyResponse(async (_event, responseStream) => {
    const out = HttpResponseStream.from(responseStream, {
      statusCode: 200,
      headers: { 'content-type': 'application/octet-stream' },
    });
    for (let i = 0; i < chunks; i++) out.write(CHUNK);
    out.end();
  });

function floor(chunks) {
  return new Promise((resolve) => {
    const stream = new PassThrough();
    const parts = [];
    stream.on('data', (part) => parts.push(part));
    stream.on('end', () => resolve(Buffer.concat(parts)));
    for (let i = 0; i < chunks; i++) stream.write(CHUNK);
    stream.end();
  });
}

const tenMb = writer(160);
const oneMb = writer(16);
const small = streamifyResponse(async (_event, responseStream) => {
  const out = HttpResponseStream.from(responseStream, {
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
  });
  out.write('{"ok":true}');
  out.end();
});
const buffered = async () => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: '{"ok":true}',
});

// The emulation must judge what was written, or the timing means nothing.
const check = await invokeHttp(tenMb, event);
if (check.response.bodyBytes.length !== 160 * CHUNK.length || !check.accepted) {
  throw new Error('the 10 MB stream did not arrive whole');
}

// The candidates run interleaved, so that both see the same heap; at 10 MB a single sample's time is often
// the memory system's (a major GC, fresh pages), so medians are compared. With GC_EACH=1 every sample starts
// after a full collection instead: the cost of a first 10 MB stream in a fresh heap, page faults included.
v8.setFlagsFromString('--expose-gc');
const gcNow = runInNewContext('gc');
const gc = process.env.GC_EACH === '1' ? gcNow : () => {};
const SAMPLES = 101;
async function medians(tasks) {
  const times = tasks.map(() => []);
  for (let round = 0; round < SAMPLES + 5; round++) {
    for (let i = 0; i < tasks.length; i++) {
      gc();
      const started = performance.now();
      await tasks[i][1]();
      if (round >= 5) times[i].push(performance.now() - started);
    }
  }
  return Object.fromEntries(
    tasks.map(([name], i) => [name, times[i].sort((a, b) => a - b)[Math.floor(SAMPLES / 2)]]),
  );
}

// A small handler takes microseconds: each sample is a batch, so the timer's resolution does not decide.
const BATCH = 200;
const batch = (fn) => async () => {
  for (let i = 0; i < BATCH; i++) await fn();
};
const m = await medians([
  ['floor10', () => floor(160)],
  ['stream10', () => invokeHttp(tenMb, event)],
  ['floor1', () => floor(16)],
  ['stream1', () => invokeHttp(oneMb, event)],
  ['buffered', batch(() => invokeHttp(buffered, event))],
  ['streamed', batch(() => invokeHttp(small, event))],
]);
const ms = (v) => `${v.toFixed(3)} ms`;
const us = (v) => `${((v / BATCH) * 1000).toFixed(2)} µs`;
console.table({
  '10 MB': { floor: ms(m.floor10), invokeHttp: ms(m.stream10), ratio: (m.stream10 / m.floor10).toFixed(2) },
  '1 MB': { floor: ms(m.floor1), invokeHttp: ms(m.stream1), ratio: (m.stream1 / m.floor1).toFixed(2) },
  'small (per call)': {
    floor: `${us(m.buffered)} buffered`,
    invokeHttp: `${us(m.streamed)} streamed`,
    ratio: (m.streamed / m.buffered).toFixed(2),
  },
});
const big = m.stream10 / m.floor10;
const growth = m.stream10 / m.stream1;
const smallRatio = m.streamed / m.buffered;
console.log(
  `growth: time(10 MB) / time(1 MB) = ${growth.toFixed(1)} for a size ratio of 10 (${(growth / 10).toFixed(2)} × linear)`,
);
console.log(
  `goal: 10 MB stream ≤ 2× the PassThrough floor: ${big <= 2 ? 'met' : 'NOT met'} (${big.toFixed(2)}×)`,
);
console.log(
  `goal: small streamed ≤ 1.5× buffered: ${smallRatio <= 1.5 ? 'met' : 'NOT met'} (${smallRatio.toFixed(2)}×)`,
);
