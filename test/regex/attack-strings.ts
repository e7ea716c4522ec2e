// Strings that make a backtracking regular expression show a super-linear worst case, built from
// the expression's own characters: a long run of one character or of a short repeated unit, with
// and without the expression's literal prefix in front, and a character at the end that fails
// the match (so the engine must try every way to split the run before it gives up).

const COMMON = [' ', 'a', 'A', '1', '.', '-', '\n', ':'];

const REPRESENTATIVES: Record<string, string> = { s: ' ', d: '1', w: 'a', S: 'a', D: 'a', W: ' ', b: '', n: '\n', t: '\t', r: '\r' };

/** Characters that the pattern matches somewhere: its literals and one member of each class. */
export function alphabet(source: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[++i] ?? '';
      const rep = REPRESENTATIVES[next];
      if (rep !== undefined) {
        if (rep !== '') out.add(rep);
      } else if (next === 'u' && source[i + 1] !== '{') {
        out.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16) || 0x20));
        i += 4;
      } else if (!/[pPkcx0-9]/.test(next)) out.add(next);
    } else if (!'()[]{}?*+|^$'.includes(c)) out.add(c);
    else if ('()[]{}'.includes(c)) out.add(c);
  }
  return [...out].filter((c) => c.length === 1);
}

/** The pattern's leading literal characters (what must come before anything else matches). */
function literalPrefix(source: string): string {
  let out = '';
  for (let i = source[0] === '^' ? 1 : 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (/[sdwSDWbBpPuxnrt0-9]/.test(next)) break;
      out += next;
      i++;
    } else if ('()[]{}?*+|.$'.includes(c)) break;
    else out += c;
  }
  // A quantifier after the last literal makes it optional or repeated; leave it out.
  return out;
}

/** Attack strings of about `size` characters for the pattern `source`. */
export function attackStrings(source: string, size: number): string[] {
  const own = alphabet(source);
  const chars = [...new Set([...own, ...COMMON])];
  const prefix = literalPrefix(source);
  const units = new Set<string>(chars);
  // Pairs of the pattern's own characters with each other and with a letter and a space: the
  // shapes (`a-a-a-`, `1.1.1.`) that alternate between two parts of a pattern.
  const partners = [...new Set([...own, 'a', ' '])];
  for (const a of own) for (const b of partners) if (a !== b) (units.add(a + b), units.add(b + a));
  const out: string[] = [];
  for (const unit of units) {
    const run = unit.repeat(Math.ceil(size / unit.length));
    for (const end of ['\u0000', '!']) {
      out.push(run + end);
      if (prefix !== '') out.push(prefix + run + end);
    }
  }
  return out;
}
