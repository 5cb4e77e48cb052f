/** ANSI styles for the command line's report; every style is the identity when colour is off. */
export interface Palette {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const plain = (text: string): string => text;

/**
 * Whether to colour: NO_COLOR (any non-empty value) turns it off, FORCE_COLOR turns it on (`0` or `false`
 * off), otherwise only a terminal that is not `dumb` gets colour.
 * @example wantsColor({ FORCE_COLOR: '1' }, false) // true
 */
export function wantsColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

/** The styles for one run. Example: `palette(true).red('502')` */
export function palette(color: boolean): Palette {
  if (!color) return { red: plain, green: plain, yellow: plain, cyan: plain, dim: plain, bold: plain };
  return {
    red: style(31, 39),
    green: style(32, 39),
    yellow: style(33, 39),
    cyan: style(36, 39),
    dim: style(2, 22),
    bold: style(1, 22),
  };
}
