import type { Integration, InvokeMode, ResponseTransferMode } from '../contract/types.js';
import { DEFAULT_RUNTIME, type NodeRuntime } from './nodeRuntimes.js';

/** What `configure()` sets for the whole project. */
export interface Settings {
  integration: Integration;
  runtime: NodeRuntime;
  /** Unset: each call decides by the handler (streaming or not). */
  invokeMode?: InvokeMode | undefined;
  responseTransferMode?: ResponseTransferMode | undefined;
}

// A project configures once, in its test setup file. The settings live on a Symbol.for slot of the global
// object, so a CommonJS setup file's configure() reaches matchers loaded as ESM (two copies of this module,
// one state). They are looked up once per module load, since global lookups are slow in jest's sandbox.
const SLOT = Symbol.for('lambda-proxy-matchers.settings');
const shared = globalThis as typeof globalThis & { [SLOT]?: Partial<Settings> };
const found = shared[SLOT] ?? {};
// A copy of an older version may have made the slot before runtimes were a setting: fill in what it lacks.
found.integration ??= 'rest';
found.runtime ??= DEFAULT_RUNTIME;
shared[SLOT] = found;

/** The one settings object every copy of the library shares. */
export const settings = found as Settings;
