// The contract core's internal barrel, for the matchers, invokeHttp and the CLI. The package's public names
// are re-exported from src/index.ts.
export { configure, getDefaultIntegration } from './configure.js';
export { inspectProxyError } from './inspectProxyError.js';
export { inspectProxyResult } from './inspectProxyResult.js';
export { INTEGRATIONS, integrationLabel, isIntegration } from './integrations.js';
export { isProxyOutcome, PROXY_OUTCOME_BRAND } from './isProxyOutcome.js';
export type {
  ClientResponse,
  ConfigureOptions,
  InspectOptions,
  Integration,
  ProxyNote,
  ProxyOutcome,
  ProxyProblem,
} from './types.js';
