// REST's keys, statusCode, isBase64Encoded and timeout, as the user is told them (restRows.ts says why).
import { describe } from 'vitest';
import { checkRestRows, type RestRow } from './restRows.js';

const rows: RestRow[] = [
  {
    what: 'every one of its five keys, quietly',
    result: {
      statusCode: 200,
      headers: { a: '1' },
      multiValueHeaders: { b: ['2'] },
      body: 'aGk=',
      isBase64Encoded: false,
    },
    options: {},
    status: 200,
    problems: [],
    notes: [
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: 'no statusCode',
    result: { body: 'x' },
    options: {},
    status: 200,
    problems: [],
    notes: [
      { path: 'statusCode', rule: 'R-K2', message: 'there is no statusCode, so REST answered 200' },
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: '{}',
    result: {},
    options: {},
    status: 200,
    problems: [
      {
        severity: 'warning',
        path: '',
        rule: 'R-K2',
        message: 'the result is {}, which REST answers with 200 and an empty body',
        hint: "return { statusCode: 200, body: '…' } if that is what you mean",
      },
    ],
    notes: [
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: 'a numeric string statusCode',
    result: { statusCode: '201' },
    options: {},
    status: 201,
    problems: [
      {
        severity: 'warning',
        path: 'statusCode',
        rule: 'R-S1',
        message: 'statusCode is the string "201"; REST accepts it, but ALB answers 502 for a string',
        hint: 'use the number: statusCode: 201',
      },
    ],
    notes: [
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: 'a fraction',
    result: { statusCode: 200.7 },
    options: {},
    status: 200,
    problems: [
      {
        severity: 'warning',
        path: 'statusCode',
        rule: 'R-S3',
        message:
          'statusCode 200.7 is not a whole number; REST probably truncates it to 200 (AWS behaviour unverified)',
        hint: 'use statusCode: 200',
      },
    ],
    notes: [
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: 'a null statusCode',
    result: { statusCode: null },
    options: {},
    status: 200,
    problems: [
      {
        severity: 'warning',
        path: 'statusCode',
        rule: 'R-S3',
        message:
          'statusCode is null, which REST treats as missing and answers 200 (AWS behaviour unverified)',
        hint: 'set statusCode: 200',
      },
    ],
    notes: [
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: 'a text statusCode',
    result: { statusCode: 'abc' },
    options: {},
    status: 502,
    problems: [
      {
        severity: 'error',
        path: 'statusCode',
        rule: 'R-S2',
        message: 'statusCode must be a number, but it is the string "abc"',
        hint: 'use statusCode: 200',
      },
    ],
    notes: [
      {
        path: '',
        rule: 'R-E1',
        message:
          'API Gateway (REST) answered 502 {"message": "Internal server error"}; its execution log says "Malformed Lambda proxy response"',
      },
    ],
  },
  {
    what: 'a boolean statusCode',
    result: { statusCode: true },
    options: {},
    status: 502,
    problems: [
      {
        severity: 'error',
        path: 'statusCode',
        rule: 'R-S3',
        message: 'statusCode must be a number, but it is true (AWS behaviour unverified)',
        hint: 'use statusCode: 200',
      },
    ],
    notes: [
      {
        path: '',
        rule: 'R-E1',
        message:
          'API Gateway (REST) answered 502 {"message": "Internal server error"}; its execution log says "Malformed Lambda proxy response"',
      },
    ],
  },
  {
    what: 'a status out of range',
    result: { statusCode: 99 },
    options: {},
    status: 502,
    problems: [
      {
        severity: 'error',
        path: 'statusCode',
        rule: 'R-S4',
        message:
          'statusCode 99 is not an HTTP status (100–599), so we judge it a 502 (AWS behaviour unverified)',
        hint: 'use a status between 100 and 599',
      },
    ],
    notes: [
      {
        path: '',
        rule: 'R-E1',
        message:
          'API Gateway (REST) answered 502 {"message": "Internal server error"}; its execution log says "Malformed Lambda proxy response"',
      },
    ],
  },
  {
    what: 'the base64Encoded alias, decoded',
    result: { statusCode: 200, base64Encoded: true, body: 'aGk=' },
    options: { binaryMediaTypes: ['*/*'], accept: 'image/png' },
    status: 200,
    problems: [
      {
        severity: 'warning',
        path: 'base64Encoded',
        rule: 'R-K3',
        message:
          'base64Encoded is an undocumented alias that REST seems to tolerate; the documented key is isBase64Encoded (AWS behaviour unverified)',
        hint: 'rename it to isBase64Encoded',
      },
    ],
    notes: [
      {
        path: 'body',
        rule: 'R-64a',
        message:
          'REST decoded the base64 body because the first Accept value image/png matches the binary media type */*',
      },
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: 'the alias beside isBase64Encoded, which wins',
    result: { statusCode: 200, base64Encoded: true, isBase64Encoded: false, body: 'aGk=' },
    options: { binaryMediaTypes: ['*/*'], accept: 'image/png' },
    status: 200,
    problems: [
      {
        severity: 'warning',
        path: 'base64Encoded',
        rule: 'R-K3',
        message:
          'base64Encoded is an undocumented alias that REST seems to tolerate; the documented key is isBase64Encoded (AWS behaviour unverified)',
        hint: 'rename it to isBase64Encoded',
      },
    ],
    notes: [
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: 'an empty binaryMediaTypes',
    result: { statusCode: 200, isBase64Encoded: true, body: 'aGk=' },
    options: { binaryMediaTypes: [], accept: 'image/png' },
    status: 200,
    problems: [
      {
        severity: 'warning',
        path: 'isBase64Encoded',
        rule: 'R-64a',
        message:
          'isBase64Encoded is true, but REST passes the base64 text through undecoded because the API has no binaryMediaTypes (options.binaryMediaTypes)',
        hint: "add the type to the API's binaryMediaTypes and pass { binaryMediaTypes, accept } here, or send the body as text",
      },
    ],
    notes: [
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: 'an Accept value that is no media type',
    result: { statusCode: 200, isBase64Encoded: true, body: 'aGk=' },
    options: { binaryMediaTypes: ['image/png'], accept: 'png' },
    status: 200,
    problems: [
      {
        severity: 'warning',
        path: 'isBase64Encoded',
        rule: 'R-64a',
        message:
          'isBase64Encoded is true, but REST passes the base64 text through undecoded because the first Accept value png is not a media type (type/subtype)',
        hint: "add the type to the API's binaryMediaTypes and pass { binaryMediaTypes, accept } here, or send the body as text",
      },
    ],
    notes: [
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: 'invalid base64 with matching types',
    result: { statusCode: 200, isBase64Encoded: true, body: '***' },
    options: { binaryMediaTypes: ['image/png'], accept: 'image/png' },
    status: 500,
    problems: [
      {
        severity: 'error',
        path: 'body',
        rule: 'R-64b',
        message: 'body is not valid base64 ("***"), but isBase64Encoded is true, so REST cannot decode it',
        hint: "encode it with Buffer.from(data).toString('base64'), with no line breaks, or set isBase64Encoded: false",
      },
    ],
    notes: [
      {
        path: '',
        rule: 'R-64b',
        message:
          'API Gateway (REST) answered 500: it could not convert the body to binary, which its docs call an API configuration error (the body shown is assumed to be {"message": "Internal server error"})',
      },
    ],
  },
  {
    what: 'a handler past the 29 s timeout',
    result: { statusCode: 200, body: 'late' },
    options: { durationMs: 29001 },
    status: 504,
    problems: [
      {
        severity: 'error',
        path: '',
        rule: '§7',
        message:
          'the handler ran 29,001 ms, past the integration timeout of 29,000 ms, so API Gateway answered 504 {"message": "Endpoint request timed out"} before Lambda finished',
        hint: 'make the handler faster, or raise the integration timeout',
      },
    ],
    notes: [],
  },
];

describe('REST: what each result is told', () => {
  checkRestRows(rows);
});
