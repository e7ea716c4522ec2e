// Enough of the text to tell its flavour; the rest would not change the verdict.
const SAMPLE = 1024 * 1024;

const ATX_HEADING = /^#{1,6}[ \t]+\S/;
const FENCE = /^[ \t]{0,3}(?:```|~~~)/;
const STRONG = /\*\*[^*\s][^*\n]*\*\*|__[^_\s][^_\n]*__/;
const TASK_ITEM = /^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]/;
const LINK = /\[[^[\]\n]+\]\([^()\s]*\)/;
// A backslash escaping markdown punctuation: `1\.` kept from becoming a list, `\[`, `\*`.
const ESCAPE = /\\[\\`*_{}[\]()#+.!|-]/;

const CONSTRUCTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['heading', ATX_HEADING],
  ['fence', FENCE],
  ['strong', STRONG],
  ['task', TASK_ITEM],
  ['link', LINK],
  ['escape', ESCAPE],
];

// A GFM table delimiter row: only pipes, dashes, colons and spaces, with a pipe and a `---`.
function isDelimiterRow(line: string): boolean {
  if (!line.includes('|') || !line.includes('---')) return false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch !== '|' && ch !== '-' && ch !== ':' && ch !== ' ') return false;
  }
  return true;
}

/**
 * Guesses whether plain text is markdown: yes when it has a GFM table delimiter row, or at least two
 * kinds of markdown construct (ATX heading, code fence, strong emphasis, task item, link, escaped
 * punctuation) and no
 * tab-separated rows.
 */
export function detectTextFlavour(text: string): 'text' | 'markdown' {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const found = new Set<string>();
  let tabRows = false;
  for (const line of sample.split('\n')) {
    if (isDelimiterRow(line.trim())) return 'markdown';
    if (line.includes('\t')) tabRows = true;
    for (const [name, pattern] of CONSTRUCTS) if (!found.has(name) && pattern.test(line)) found.add(name);
  }
  return found.size >= 2 && !tabRows ? 'markdown' : 'text';
}
