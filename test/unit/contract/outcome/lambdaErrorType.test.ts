// The errorType Lambda's Node.js runtime reports for a thrown value (RF-7): an error-like object needs a
// non-empty string name, message and stack, and only an object can be error-like.
import { describe, expect, it } from 'vitest';
import { lambdaErrorType } from '../../../../src/contract/outcome/lambdaErrorType.js';

describe('lambdaErrorType', () => {
  it('takes the name of an object with a non-empty string name, message and stack', () => {
    expect(lambdaErrorType({ name: 'TimeoutError', message: 'm', stack: 's' })).toBe('TimeoutError');
  });

  it.each([
    ['an empty name', { name: '', message: 'm', stack: 's' }],
    ['a name that is no string', { name: 1, message: 'm', stack: 's' }],
    ['an empty message', { name: 'E', message: '', stack: 's' }],
    ['a message that is no string', { name: 'E', message: 1, stack: 's' }],
    ['an empty stack', { name: 'E', message: 'm', stack: '' }],
    ['a stack that is no string', { name: 'E', message: 'm', stack: 1 }],
  ])('reports "object" for an object with %s', (_, thrown) => {
    expect(lambdaErrorType(thrown)).toBe('object');
  });

  it('reports "function" for a function, whatever name, message and stack it carries', () => {
    const thrown = Object.assign(() => undefined, { message: 'm', stack: 's' });
    Object.defineProperty(thrown, 'name', { value: 'E' });
    expect(lambdaErrorType(thrown)).toBe('function');
  });

  it('reports "handled" for null and undefined', () => {
    expect(lambdaErrorType(null)).toBe('handled');
    expect(lambdaErrorType(undefined)).toBe('handled');
  });
});
