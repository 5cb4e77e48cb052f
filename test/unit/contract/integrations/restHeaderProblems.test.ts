// REST's headers and multiValueHeaders, as the user is told them (restRows.ts says why).
import { describe } from 'vitest';
import { checkRestRows, type RestRow } from './restRows.js';

const rows: RestRow[] = [
  {
    what: 'a boolean header',
    result: { statusCode: 200, headers: { a: true } },
    options: {},
    status: 200,
    problems: [],
    notes: [
      {
        path: 'headers.a',
        rule: 'R-H1',
        message: 'headers.a is a boolean, so REST sent it as the text "true"',
      },
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: 'a number header',
    result: { statusCode: 200, headers: { a: 5 } },
    options: {},
    status: 200,
    problems: [],
    notes: [
      {
        path: 'headers.a',
        rule: 'R-H2',
        message: 'headers.a is a number, so REST sent it as the text "5" (AWS behaviour unverified)',
      },
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: 'a null header',
    result: { statusCode: 200, headers: { a: null } },
    options: {},
    status: 200,
    problems: [],
    notes: [
      {
        path: 'headers.a',
        rule: 'R-H4',
        message: 'headers.a is null, so REST left the header out (AWS behaviour unverified)',
      },
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
  {
    what: 'a null Content-Type',
    result: { statusCode: 200, headers: { 'content-type': null } },
    options: {},
    status: 200,
    problems: [],
    notes: [
      {
        path: 'headers.content-type',
        rule: 'R-H4',
        message: 'headers.content-type is null, so REST sent no Content-Type at all, not even its default',
      },
    ],
  },
  {
    what: 'a nested header',
    result: { statusCode: 200, headers: { a: { b: 1 } } },
    options: {},
    status: 502,
    problems: [
      {
        severity: 'error',
        path: 'headers.a',
        rule: 'R-H5',
        message: 'headers.a must be a string, but it is an object (AWS behaviour unverified)',
        hint: "join the values with ', ', or send them as multiValueHeaders: { name: ['a', 'b'] }",
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
    what: 'headers that are text',
    result: { statusCode: 200, headers: 'x' },
    options: {},
    status: 502,
    problems: [
      {
        severity: 'error',
        path: 'headers',
        rule: 'R-H5',
        message:
          'headers must be an object of header names to strings, but it is a string (AWS behaviour unverified)',
        hint: "use headers: { 'Content-Type': 'application/json' }",
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
    what: 'multiValueHeaders that are text',
    result: { statusCode: 200, multiValueHeaders: 'x' },
    options: {},
    status: 502,
    problems: [
      {
        severity: 'error',
        path: 'multiValueHeaders',
        rule: 'R-M1',
        message:
          'multiValueHeaders must be an object of header names to arrays of strings, but it is a string (AWS behaviour unverified)',
        hint: "use multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] }",
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
    what: 'a multiValueHeaders entry that is text',
    result: { statusCode: 200, multiValueHeaders: { a: 'x' } },
    options: {},
    status: 502,
    problems: [
      {
        severity: 'error',
        path: 'multiValueHeaders.a',
        rule: 'R-M1',
        message: 'multiValueHeaders.a must be an array of strings, but it is a string',
        hint: "wrap it in an array: ['x']",
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
    what: 'an object in a multiValueHeaders list',
    result: { statusCode: 200, multiValueHeaders: { a: [{}] } },
    options: {},
    status: 502,
    problems: [
      {
        severity: 'error',
        path: 'multiValueHeaders.a[0]',
        rule: 'R-M1',
        message: 'multiValueHeaders.a[0] must be a string, but it is an object (AWS behaviour unverified)',
        hint: 'send each value as a string',
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
    what: 'a number in a multiValueHeaders list',
    result: { statusCode: 200, multiValueHeaders: { a: [1] } },
    options: {},
    status: 200,
    problems: [],
    notes: [
      {
        path: 'multiValueHeaders.a[0]',
        rule: 'R-M1',
        message:
          'multiValueHeaders.a[0] is a number, so REST sent it as the text "1" (AWS behaviour unverified)',
      },
      {
        path: 'headers.content-type',
        rule: 'R-C1',
        message: 'no Content-Type was set, so REST added content-type: application/json',
      },
    ],
  },
];

describe('REST: what each header is told', () => {
  checkRestRows(rows);
});
