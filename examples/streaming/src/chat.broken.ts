import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { tokensFor } from './chat.js';

// The trap: the whole answer is built first and sent with end(body). end() skips the hook that writes the
// prelude, so the function URL gets the HttpResponseStream Content-Type without a prelude and answers 502.
export const handler = awslambda.streamifyResponse(
  async (event: APIGatewayProxyEventV2 | APIGatewayProxyEvent, responseStream) => {
    const prompt = event.queryStringParameters?.q ?? 'world';
    const stream = awslambda.HttpResponseStream.from(responseStream, {
      statusCode: 200,
      headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
    });
    const events = tokensFor(prompt).map((token) => `data: ${JSON.stringify({ token })}\n\n`);
    stream.end(`${events.join('')}data: [DONE]\n\n`);
  },
);
