// Public API. Re-exports only: every name here is fixed by ARCHITECTURE.md.

export { configure } from './contract/configure.js';
export { inspectProxyError } from './contract/inspectProxyError.js';
export { inspectProxyResult } from './contract/inspectProxyResult.js';
export type {
  ClientResponse,
  InspectOptions,
  Integration,
  ProxyNote,
  ProxyOutcome,
  ProxyProblem,
} from './contract/types.js';
export { albEvent } from './events/albEvent.js';
export { functionUrlEvent } from './events/functionUrlEvent.js';
export { httpApi } from './events/httpApi.js';
export { httpApiEvent } from './events/httpApiEvent.js';
export { httpApiV1Event } from './events/httpApiV1Event.js';
export { lambdaContext } from './events/lambdaContext.js';
export { restApi } from './events/restApi.js';
export { restApiEvent } from './events/restApiEvent.js';
export type { EventInit } from './events/types.js';
export { invoke, invokeHttp } from './invoke.js';
export { invokePython } from './invokePython.js';
export { matchers } from './matchers/index.js';
