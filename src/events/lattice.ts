import { type LatticeEventInit, latticeEventFor } from './latticeEvent.js';
import type { VpcLatticeEventV1, VpcLatticeEventV2 } from './latticeTypes.js';
import { methodShortcuts } from './methodShortcuts.js';

type Shortcut<E> = Omit<LatticeEventInit<E>, 'method' | 'path'>;

/** `lattice.get(path, init?)`: V2 unless `version: 'V1'`. */
export interface LatticeRequest {
  (path: string, init: Shortcut<VpcLatticeEventV1> & { version: 'V1' }): VpcLatticeEventV1;
  (path: string, init?: Shortcut<VpcLatticeEventV2>): VpcLatticeEventV2;
}

/** `lattice.post(path, body?, init?)`: a string or bytes body is sent as is, anything else as JSON. */
export interface LatticeRequestWithBody {
  (path: string, body: unknown, init: Shortcut<VpcLatticeEventV1> & { version: 'V1' }): VpcLatticeEventV1;
  (path: string, body?: unknown, init?: Shortcut<VpcLatticeEventV2>): VpcLatticeEventV2;
}

export interface LatticeShortcuts {
  get: LatticeRequest;
  head: LatticeRequest;
  options: LatticeRequest;
  delete: LatticeRequest;
  post: LatticeRequestWithBody;
  put: LatticeRequestWithBody;
  patch: LatticeRequestWithBody;
}

/**
 * One-call VPC Lattice events per method.
 *
 * @example lattice.post('/orders', { id: 1 }, { version: 'V1' })
 */
export const lattice: LatticeShortcuts = methodShortcuts('lattice', latticeEventFor) as LatticeShortcuts;
