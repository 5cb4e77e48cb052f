// The `awslambda` global's type is @types/aws-lambda's (DefinitelyTyped's global `awslambda` namespace): the
// setup entries carry a reference to it and the library declares no global of its own, so the two cannot
// conflict. `types` is ["node"] here, so nothing but the entry's reference brings the namespace in.
import '../../../src/expect.js';
import { type AwsLambdaGlobal, installAwsLambdaGlobals } from '../../../src/index.js';

// What a user writes: the three parameters typed from the decorator alone.
export const handler = awslambda.streamifyResponse(async (event, responseStream, context) => {
  const requestId: string = context.awsRequestId;
  const remaining: number = context.getRemainingTimeInMillis();
  responseStream.setContentType('text/plain');
  const stream = awslambda.HttpResponseStream.from(responseStream, {
    statusCode: 200,
    headers: { 'content-type': 'text/event-stream' },
    cookies: ['a=1'],
  });
  stream.write(`${requestId} ${remaining} ${String(event)}`);
  stream.end();
});

// An event type given explicitly reaches the handler's first parameter.
export const typed = awslambda.streamifyResponse<{ rawPath: string }>(async (event, responseStream) => {
  responseStream.end(event.rawPath);
});

// @ts-expect-error the decorator takes a handler function
awslambda.streamifyResponse('handler');
// @ts-expect-error a misspelt stream method
awslambda.streamifyResponse(async (_event, responseStream) => responseStream.setContentTyp('text/plain'));
// @ts-expect-error the event was declared with rawPath only
awslambda.streamifyResponse<{ rawPath: string }>(async (event) => event.rawQueryString);

// The main entry's install reports what it found; its runtime shape is ours to name.
const report: { replaced: boolean; kept: string[] } = installAwsLambdaGlobals();
export const keptKeys: string[] = report.kept;
declare const installed: AwsLambdaGlobal;
const marked = installed.streamifyResponse(async () => {}, { highWaterMark: 1024 });
export const same: () => Promise<void> = marked;
