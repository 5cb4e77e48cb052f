// Public API. Re-exports only: every name here is fixed by ARCHITECTURE.md.

export { configure } from './contract/configure.js';
export { inspectProxyError } from './contract/inspectProxyError.js';
export { inspectProxyResult } from './contract/inspectProxyResult.js';
export { INTEGRATIONS, integrationLabel, isIntegration } from './contract/integrations/integrationNames.js';
export type {
  WebSocketClientView,
  WebSocketOptions,
  WebSocketOutcome,
} from './contract/integrations/websocket.js';
export { judgeWebSocket, webSocketGatewayAnswer } from './contract/integrations/websocket.js';
export { isProxyOutcome } from './contract/outcome/isProxyOutcome.js';
export type { StreamedResponse } from './contract/streaming/inspectStreamedResponse.js';
export { inspectStreamedResponse } from './contract/streaming/inspectStreamedResponse.js';
export type {
  ClientResponse,
  ConfigureOptions,
  InspectOptions,
  Integration,
  InvokeMode,
  ProxyNote,
  ProxyOutcome,
  ProxyProblem,
  ResponseTransferMode,
  StreamChunk,
  StreamDetails,
  StreamError,
} from './contract/types.js';
export { albEvent } from './events/albEvent.js';
export { functionUrlEvent } from './events/functionUrlEvent.js';
export { httpApi } from './events/httpApi.js';
export { httpApiEvent } from './events/httpApiEvent.js';
export { httpApiV1Event } from './events/httpApiV1Event.js';
export { lambdaContext } from './events/lambdaContext.js';
export { lattice } from './events/lattice.js';
export { latticeEvent } from './events/latticeEvent.js';
export type { VpcLatticeEventV1, VpcLatticeEventV2, VpcLatticeResult } from './events/latticeTypes.js';
export { restApi } from './events/restApi.js';
export { restApiEvent } from './events/restApiEvent.js';
export type {
  AuthorizerInit,
  CookiesInit,
  EventInit,
  HeadersInit,
  HttpApiV1Event,
  HttpMethod,
  LambdaContextInit,
  QueryInit,
  RestEventInit,
} from './events/types.js';
export { webSocket, webSocketEvent } from './events/webSocketEvent.js';
export type { WebSocketEvent, WebSocketResult } from './events/webSocketTypes.js';
export type { NodeRuntime } from './internal/nodeRuntimes.js';
export { NODE_RUNTIMES } from './internal/nodeRuntimes.js';
export { CallbackHandlerDeprecatedError } from './invoke/CallbackHandlerDeprecatedError.js';
export { InvokeTimeoutError } from './invoke/InvokeTimeoutError.js';
export type { InvokeOptions, LambdaHandler } from './invoke/invoke.js';
export { invoke } from './invoke/invoke.js';
export type { InvokeHttpOptions } from './invoke/invokeHttp.js';
export { invokeHttp } from './invoke/invokeHttp.js';
export type { InvokeWebSocketOptions } from './invoke/invokeWebSocket.js';
export type { InvokePythonOptions } from './invoke/python/invokePython.js';
export { invokePython, PythonHandlerError } from './invoke/python/invokePython.js';
export type { AwsLambdaGlobal } from './invoke/stream/awsLambdaGlobals.js';
export { installAwsLambdaGlobals } from './invoke/stream/awsLambdaGlobals.js';
export { MalformedStreamingHandler } from './invoke/stream/MalformedStreamingHandler.js';
export { matchers } from './matchers/matchers.js';
