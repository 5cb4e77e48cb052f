// What REST's binaryMediaTypes setting matches, shared by the request side (events: which request bodies REST
// hands the handler base64) and the response side (the contract: which Accept values let REST decode one).

/**
 * A media type without parameters, lower-cased: `Image/PNG; q=1` → `image/png`. Media types compare that way
 * (RFC 9110 §8.3.1); that AWS does the same is our judgement.
 */
export function mediaType(value: string): string {
  const end = value.indexOf(';');
  return (end === -1 ? value : value.slice(0, end)).trim().toLowerCase();
}

export function isMediaType(type: string): boolean {
  const slash = type.indexOf('/');
  return slash > 0 && slash < type.length - 1;
}

/**
 * The binaryMediaTypes entry that `type` (a media type as `mediaType` gives it) matches. Wildcards count on the
 * API's side only: `*\/*` matches every type, `image/*` every image type, including the literal `image/*`; a
 * wildcard on the left (`*\/png`) matches nothing, not even itself (LocalStack's AWS-validated test).
 */
export function matchingBinaryType(entries: readonly string[], type: string): string | undefined {
  for (const entry of entries) {
    const pattern = mediaType(entry);
    if (pattern === '*/*') return entry;
    if (pattern.startsWith('*/') || !isMediaType(pattern)) continue;
    if (pattern === type) return entry;
    if (pattern.endsWith('/*') && type.startsWith(pattern.slice(0, -1))) return entry;
  }
  return undefined;
}
