/** Header lines as the client receives them: lower-case name → values in the order sent. */
export type HeaderLines = Map<string, string[]>;

// Module-scope copies: global lookups are slow inside jest's vm sandbox, and this runs on every judgement.
const LinesMap = Map;
const { defineProperty } = Object;

/** Empty header lines, or lines holding one header. */
export function newHeaderLines(name?: string, value?: string): HeaderLines {
  const lines: HeaderLines = new LinesMap();
  if (name !== undefined && value !== undefined) lines.set(name, [value]);
  return lines;
}

export function addHeader(lines: HeaderLines, name: string, value: string): void {
  const key = name.toLowerCase();
  const values = lines.get(key);
  if (values === undefined) lines.set(key, [value]);
  else values.push(value);
}

/** The plain-object form of `ClientResponse.headers`. */
export function toHeaderRecord(lines: HeaderLines): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  for (const [name, values] of lines) {
    // `record['__proto__'] = …` would replace the prototype instead of adding a header.
    if (name === '__proto__')
      defineProperty(record, name, { value: values, enumerable: true, writable: true });
    else record[name] = values;
  }
  return record;
}
