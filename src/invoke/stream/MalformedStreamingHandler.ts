/**
 * The runtime's load-time error for a handler whose streaming marker is set to anything but 'response' (S-2):
 * Lambda refuses to load it, so every invocation fails before the handler runs.
 */
export class MalformedStreamingHandler extends Error {
  override name = 'Runtime.MalformedStreamingHandler';
}
