import type { APIGatewayProxyHandler } from 'aws-lambda';

/** GET /hello behind an API Gateway REST API (Lambda proxy integration), as Amplify's REST API creates it. */
export const handler: APIGatewayProxyHandler = async (event) => {
  return {
    statusCode: 200,
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': '*',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ message: 'Hello from Lambda!', path: event.path }),
  };
};
