// Every rule id in proxy-rules.md (§0–§5, and the Lattice and WebSocket rules of §11–§12) has a test that names it in its title, and the core cites no rule id
// the specification does not have.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// biome-ignore format: one section of proxy-rules.md per line
const RULE_IDS = [
  'W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'HTTP-1', 'HTTP-2',
  'R-T1', 'R-T2', 'R-T3', 'R-K1', 'R-K2', 'R-K3', 'R-S1', 'R-S2', 'R-S3', 'R-S4', 'R-B1', 'R-B2', 'R-B3',
  'R-H1', 'R-H2', 'R-H3', 'R-H4', 'R-H5', 'R-M1', 'R-M2', 'R-M3', 'R-M4', 'R-C1', 'R-64a', 'R-64b', 'R-64c',
  'R-E1', 'R-E2', 'R-E3', 'R-E4',
  'H1-1', 'H1-2', 'H1-3', 'H1-4', 'H1-5', 'H1-6', 'H1-7',
  'H2-1', 'H2-2', 'H2-3', 'H2-4', 'H2-5', 'H2-6', 'H2-7', 'H2-8', 'H2-9', 'H2-10', 'H2-11', 'H2-12',
  'A-1', 'A-2', 'A-3', 'A-4', 'A-H1', 'A-H2', 'A-H3', 'A-C1', 'A-D1', 'A-64', 'A-K', 'A-E', 'AM-1', 'AM-2', 'AM-3',
  'F-1', 'F-2', 'F-3', 'F-4', 'F-5', 'F-6', 'F-7', 'F-8', 'F-9',
  'L-1', 'L-2', 'L-3', 'L-4', 'L-5', 'L-6', 'L-7', 'L-8', 'L-9', 'L-10',
  'L-R1', 'L-R2', 'L-R3', 'L-R4', 'L-R5', 'L-R6', 'L-R7', 'L-R8', 'L-R9', 'L-R10',
  'WS-1', 'WS-2', 'WS-3', 'WS-4', 'WS-5', 'WS-6', 'WS-7', 'WS-8', 'WS-9', 'WS-10', 'WS-11', 'WS-12',
  'WS-13', 'WS-14', 'WS-15', 'WS-16', 'WS-17', 'WS-18',
  'S-1', 'S-2', 'S-3', 'S-4', 'S-5', 'S-6', 'S-7', 'S-8', 'S-9', 'S-10', 'S-11', 'S-12', 'S-17', 'S-18', 'S-19',
  'S-21', 'S-22', 'S-23', 'S-25', 'S-26', 'S-27', 'S-28', 'S-35', 'S-36', 'S-37', 'S-38', 'S-39', 'S-40',
  'S-41', 'S-48', 'S-49', 'S-50', 'S-51', 'S-52', 'S-53', 'S-13', 'S-14', 'S-16', 'S-29', 'S-32', 'S-33',
  'S-42', 'S-45', 'S-54',
  'N-1', 'N-2', 'N-3',
  'RF-1', 'RF-2', 'RF-3', 'RF-4', 'RF-5', 'RF-6', 'RF-7',
];
// §6 and §7 have no rule ids: their tests are titled '§6: …' and '§7: …'.
const SECTIONS = ['§6', '§7'];

const here = new URL('.', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}
// The tests mirror the source folders, and the runtime's rules (N-*) are tested where invoke and
// lambdaContext are, so the rule titles are looked for in every unit test.
const testSources = sourceFiles(join(here, '..'))
  .filter((file) => file.endsWith('.test.ts') && !file.endsWith('ruleCoverage.test.ts'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const coreSource = sourceFiles(join(here, '../../../src/contract'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

const literal = (id: string) => id.replace(/[-§]/g, (c) => `\\${c}`);

describe('rule coverage', () => {
  it.each([...RULE_IDS, ...SECTIONS])('%s has a test whose title names it', (id) => {
    // A table row `rule: 'R-K1'` becomes the title '$rule: …'; a single test starts its title with 'R-K1:'.
    const named = new RegExp(`rule: '${literal(id)}'|['"\`]${literal(id)}:`);
    expect(testSources).toMatch(named);
  });

  it('the core cites only rule ids that exist in proxy-rules.md', () => {
    const cited = new Set(
      coreSource.match(
        /'(W\d|HTTP-\d|R-[A-Z0-9]+[a-z]?|H[12]-\d+|AM?-[A-Z0-9]+|F-\d|RF-\d|L-R?\d+|WS-\d+)'/g,
      ) ?? [],
    );
    const unknown = [...cited].map((quoted) => quoted.slice(1, -1)).filter((id) => !RULE_IDS.includes(id));
    expect(unknown).toEqual([]);
    expect(cited.size).toBeGreaterThan(60);
  });

  it('lists every VPC Lattice and WebSocket rule of proxy-rules.md §11 and §12, whatever its confidence', () => {
    const spec = readFileSync(join(here, '../../../docs/proxy-rules.md'), 'utf8');
    const rows = [...spec.matchAll(/^\| (L-R?\d+|WS-\d+) \|/gm)].map((match) => match[1]);
    expect(rows.length).toBe(10 + 10 + 18);
    expect(rows.filter((id) => !RULE_IDS.includes(id as string))).toEqual([]);
  });
});
