/**
 * The same function before the fix. Its own unit test (`expect(body.message)…`) passes, yet API Gateway
 * answers 502 "Internal server error": the body is an object, and a proxy response's body must be a string.
 */
export const handler = async (_event) => {
  return {
    statusCode: 200,
    body: { message: 'Hello from Lambda!' },
  };
};
