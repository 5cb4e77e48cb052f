// `lambda-proxy-matchers/globals`, bun's way to the global, resolves through the exports map and brings the
// `awslambda` type (@types/aws-lambda's namespace) with it.
import 'lambda-proxy-matchers/globals';

export const handler = awslambda.streamifyResponse(async (_event, responseStream) => {
  responseStream.setContentType('text/plain');
  responseStream.end('ok');
});
// @ts-expect-error the decorator takes a handler function
awslambda.streamifyResponse(42);
