/** One event of a `text/event-stream` body, with the fields the stream set (WHATWG HTML §9.2.6). */
export interface ServerSentEvent {
  data: string;
  event?: string;
  id?: string;
  retry?: number;
}

/**
 * The events a browser's EventSource dispatches from `text`: blocks end at a blank line, `data` lines join with
 * `\n`, comment lines (`:`) are skipped, and a block with no data dispatches nothing. An unterminated last block
 * is not dispatched either, as a client that sees the stream end there drops it.
 */
export function serverSentEvents(text: string): ServerSentEvent[] {
  const events: ServerSentEvent[] = [];
  let data: string[] = [];
  let current: Omit<ServerSentEvent, 'data'> = {};
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line === '') {
      if (data.length > 0) events.push({ data: data.join('\n'), ...current });
      data = [];
      current = {};
      continue;
    }
    // A comment line (`: …`) has the empty field name, which names no field: it sets nothing, as the standard says.
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') current.event = value;
    else if (field === 'id') current.id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) current.retry = Number(value);
  }
  return events;
}
