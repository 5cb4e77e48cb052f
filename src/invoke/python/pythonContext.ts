import type { Context } from 'aws-lambda';

/** What the Python runtime builds its `LambdaContext` from: per-invocation values, and environment variables. */
export interface PythonContextSource {
  /** Sent to the runner; the Cognito identity keeps the camelCase of Lambda's header, the client context is snake_case. */
  wire: Record<string, unknown>;
  /** The runtime reads the function's name, version, memory and log names from these, not from the invocation. */
  env: Record<string, string>;
}

const snakeCase = (key: string): string => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

function snakeKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[snakeCase(key)] = inner;
  return out;
}

/**
 * Splits a Node.js-style Lambda context (as `lambdaContext()` makes) into what the Python runtime reads.
 * @example pythonContext(lambdaContext({ functionName: 'orders' })).env.AWS_LAMBDA_FUNCTION_NAME // 'orders'
 */
export function pythonContext(context: Context): PythonContextSource {
  const wire: Record<string, unknown> = {
    aws_request_id: context.awsRequestId,
    invoked_function_arn: context.invokedFunctionArn,
  };
  if (context.tenantId !== undefined) wire.tenant_id = context.tenantId;
  if (context.identity) {
    wire.identity = {
      cognitoIdentityId: context.identity.cognitoIdentityId,
      cognitoIdentityPoolId: context.identity.cognitoIdentityPoolId,
    };
  }
  if (context.clientContext) {
    // Python reads client_context.client.installation_id: the wire is snake_case whatever @types/aws-lambda says.
    const { client, custom, env } = context.clientContext;
    wire.client_context = { client: snakeKeys(client), custom: custom ?? null, env: snakeKeys(env) };
  }
  return {
    wire,
    env: {
      AWS_LAMBDA_FUNCTION_NAME: String(context.functionName),
      AWS_LAMBDA_FUNCTION_VERSION: String(context.functionVersion),
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(context.memoryLimitInMB),
      AWS_LAMBDA_LOG_GROUP_NAME: String(context.logGroupName),
      AWS_LAMBDA_LOG_STREAM_NAME: String(context.logStreamName),
    },
  };
}
