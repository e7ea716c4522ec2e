const SKIPPED = new Set(['of', 'and', 'the', 'for', 'in', 'to', 'on', '&', 'at', 'a', 'an']);

/**
 * Finds abbreviations defined in running text — "Technical Staff Forum (TSF)" —
 * by matching the abbreviation's letters to the initials of the words before it (the
 * Schwartz–Hearst idea, simplified to initials).
 */
export function inlineAbbreviations(text: string): Array<{ term: string; expansion: string }> {
  const found: Array<{ term: string; expansion: string }> = [];
  for (const match of text.matchAll(/\(([A-Za-z][A-Za-z&]{1,9})\)/g)) {
    const term = match[1] ?? '';
    const capitals = term.replace(/[^A-Z]/g, '');
    if (capitals.length < 2) continue;
    const letters = (term === term.toUpperCase() ? term.replace(/[^A-Z]/g, '') : capitals).toLowerCase();
    const before = text.slice(Math.max(0, match.index - 200), match.index).trim().split(/\s+/);
    const expansion = matchInitials(before, letters);
    if (expansion) found.push({ term, expansion });
  }
  return found;
}

function matchInitials(words: string[], letters: string): string | null {
  const maxWords = Math.min(words.length, letters.length + 4);
  for (let take = letters.length; take <= maxWords; take++) {
    const candidate = words.slice(words.length - take);
    const initials = candidate
      .filter((w) => !SKIPPED.has(w.toLowerCase()))
      .map((w) => w.replace(/^[^A-Za-z]+/, '').charAt(0).toLowerCase())
      .join('');
    if (initials === letters && !SKIPPED.has((candidate[0] ?? '').toLowerCase())) {
      return candidate.join(' ').replace(/[,;:]$/, '');
    }
  }
  return null;
}
