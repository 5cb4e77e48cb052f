import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';

/** A stand-in for a model: the answer, a token at a time. */
export function tokensFor(prompt: string): string[] {
  return ['Hel', 'lo', ', ', prompt, '!'];
}

export const handler = awslambda.streamifyResponse(
  async (event: APIGatewayProxyEventV2 | APIGatewayProxyEvent, responseStream) => {
    const prompt = event.queryStringParameters?.q ?? 'world';
    const stream = awslambda.HttpResponseStream.from(responseStream, {
      statusCode: 200,
      headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
    });
    for (const token of tokensFor(prompt)) stream.write(`data: ${JSON.stringify({ token })}\n\n`);
    stream.write('data: [DONE]\n\n');
    stream.end();
  },
);
