// The published vitest entry brings the `awslambda` global's type (@types/aws-lambda's namespace) with it:
// a handler module written against the global compiles in a program whose only `types` entry is node.
import 'lambda-proxy-matchers/vitest';

export const handler = awslambda.streamifyResponse(async (_event, responseStream, context) => {
  awslambda.HttpResponseStream.from(responseStream, { statusCode: 200 }).write(context.awsRequestId);
  responseStream.end();
});
// @ts-expect-error a misspelt stream method
awslambda.streamifyResponse(async (_event, responseStream) => responseStream.ned());
