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

/**
 * The path as an HTTP API hands it on, percent-decoded (E-P2, E-P3; a function URL decodes
 * `requestContext.http.path` alike, E-P6): `/items/a%2Fb` becomes `/items/a/b`. A malformed escape is
 * refused, since the front end cannot decode it either.
 * @example decodedPath('httpApiEvent', '/capture/space%20value') // '/capture/space value'
 */
export function decodedPath(factory: string, path: string): string {
  if (!path.includes('%')) return path;
  try {
    return decodeURIComponent(path);
  } catch {
    return failInit(
      factory,
      `path ${describe(path)} has a malformed percent escape, which a front end that decodes the path cannot decode: write each escape as % and two hex digits of UTF-8, such as %20`,
    );
  }
}
