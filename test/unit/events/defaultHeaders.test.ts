// The default headers are written out twice per front end (single and multi-value) because literals are
// several times faster than a loop; this keeps each pair in step.
import { describe, expect, it } from 'vitest';
import { albDefaultHeaders } from '../../../src/events/albEvent.js';
import { httpApiV1DefaultHeaders } from '../../../src/events/httpApiV1Event.js';
import { payloadV2DefaultHeaders } from '../../../src/events/layouts/buildPayloadV2.js';
import { restDefaultHeaders } from '../../../src/events/restApiEvent.js';

const values = {
  host: 'h.example',
  via: 'via',
  cfId: 'cf',
  trace: 'Root=1-0-0',
  forwardedFor: '192.0.2.1, 198.51.100.1',
  sourceIp: '192.0.2.1',
};

describe.each([
  ['REST', restDefaultHeaders],
  ['HTTP API 1.0', httpApiV1DefaultHeaders],
  ['ALB', albDefaultHeaders],
] as const)('%s default headers', (_, pair) => {
  it('list the same names, each value wrapped in a list', () => {
    const single = pair.single(values);
    const multi = pair.multi(values);
    expect(Object.keys(multi)).toEqual(Object.keys(single));
    for (const name of Object.keys(single)) expect(multi[name]).toEqual([single[name]]);
  });

  it('are sorted case-insensitively, as captured events list them', () => {
    const names = Object.keys(pair.single(values)).map((n) => n.toLowerCase());
    expect(names).toEqual([...names].sort());
  });
});

describe.each([
  ['HTTP API 2.0', payloadV2DefaultHeaders.httpApi],
  ['function URL', payloadV2DefaultHeaders.functionUrl],
])('%s default headers', (_, headers) => {
  it('are lower case and sorted', () => {
    const names = Object.keys(headers(values));
    expect(names).toEqual(names.map((n) => n.toLowerCase()).sort());
  });
});
