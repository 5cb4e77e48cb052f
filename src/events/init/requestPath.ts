import { describe, failInit } from './eventInitError.js';

// A request line carries printable ASCII only, and never a fragment; a loop beats a regex on short paths.
function isWireText(path: string): boolean {
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f || c === 0x23) return false;
  }
  return true;
}

/**
 * The request target (path and any `?query`) as a client puts it on the wire, checked: it starts with `/`
 * and is already URL-encoded, since a real client cannot send a space or `é`.
 * @example requestPath('restApiEvent', '/items?limit=10') // '/items?limit=10'
 */
export function requestPath(factory: string, path: unknown): string {
  if (typeof path !== 'string') {
    failInit(factory, `path must be a string starting with '/', such as '/items/42'; got ${describe(path)}`);
  }
  if (path[0] !== '/') {
    failInit(factory, `path must start with '/': write '/${path}' rather than ${describe(path)}`);
  }
  if (!isWireText(path)) {
    failInit(
      factory,
      `path ${describe(path)} must be URL-encoded as a client sends it (encodeURI does it): no spaces or non-ASCII, and no #fragment`,
    );
  }
  return path;
}
