/**
 * The same function before the fix: it returns the data itself, not a proxy response. Its own unit test
 * (`expect(result.message)…`) passes, yet API Gateway answers 502 "Internal server error".
 */
export const handler = async (_event: unknown) => {
  return { message: 'Hello from Lambda!' };
};
