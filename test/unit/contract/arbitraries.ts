// Arbitraries shared by the contract's property tests.
import fc from 'fast-check';

/** Any JavaScript value a handler could return, including the ones JSON cannot carry as they are. */
export const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});
