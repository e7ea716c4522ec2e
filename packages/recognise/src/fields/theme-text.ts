// Themes stated in free wording ("Mainly recognition, also visibility", "All four themes",
// "V, R") and themes stated by quoting the Commitment's definition of a theme instead of its name.
import { THEME_IDS, type ThemeId } from '@tc/model';
import { THEME_DEFINITIONS } from '@tc/themes';
import { themeList } from './theme-list.ts';

const WORDS: ReadonlyArray<readonly [RegExp, ThemeId]> = [
  [/\bvisib\w*/i, 'visibility'],
  [/\brecogni[szt]\w*/i, 'recognition'],
  [/\bcareers?(?:\s+(?:dev\w*|progression|pathways?))?\b|\bprofessional development\b/i, 'career-development'],
  [/\bsustainab\w*/i, 'sustainability'],
];
const ALL = /\ball\s+(?:four\s+|4\s+)?(?:themes|areas|pillars)\b|\ball\s+(?:four|4)\b/i;
const HEDGE = /\b(?:mainly|mostly|partly|also|some|primarily|secondary|indirectly|and possibly|may)\b/i;

/** Themes a short free-text theme cell or label names, in the order named; null when none. */
export function themesInText(text: string): { themes: ThemeId[]; hedged: boolean } | null {
  const clean = text.trim();
  // Theme cells and labels are short; a longer text mentioning "careers" names no theme.
  if (clean.length === 0 || clean.length > 120 || clean.split(/\s+/).length > 8) return null;
  const listed = themeList(clean);
  if (listed) return { themes: [...new Set(listed)], hedged: false };
  if (ALL.test(clean)) return { themes: [...THEME_IDS], hedged: false };
  const found: Array<{ at: number; theme: ThemeId }> = [];
  for (const [pattern, theme] of WORDS) {
    const m = pattern.exec(clean);
    if (m) found.push({ at: m.index, theme });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.at - b.at);
  return { themes: found.map((f) => f.theme), hedged: HEDGE.test(clean) };
}

const STOP = new Set(['the', 'and', 'that', 'of', 'to', 'for', 'is', 'are', 'a', 'an', 'all', 'within', 'through', 'across', 'their', 'in', 'by', 'be']);
const contentWords = (text: string): Set<string> =>
  new Set(text.toLowerCase().replace(/[^a-z ]+/g, ' ').split(' ').filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.replace(/s$/, '')));
const DEFINITION_WORDS = THEME_IDS.map((theme) => ({ theme, words: contentWords(THEME_DEFINITIONS[theme].definition) }));

/**
 * The theme whose Commitment definition `text` quotes or closely paraphrases (most of the
 * definition's content words present, and they make up most of the text), or null.
 */
export function themeByDefinition(text: string): ThemeId | null {
  if (text.length < 30 || text.length > 400) return null;
  const known = byDefinition.get(text);
  if (known !== undefined) return known;
  const theme = readDefinition(text);
  if (byDefinition.size > 5000) byDefinition.clear();
  byDefinition.set(text, theme);
  return theme;
}

const byDefinition = new Map<string, ThemeId | null>();

function readDefinition(text: string): ThemeId | null {
  const words = contentWords(text.replace(/^\s*(?:theme\s*\d*\s*[:–-]\s*)/i, ''));
  let best: { theme: ThemeId; score: number } | null = null;
  for (const { theme, words: def } of DEFINITION_WORDS) {
    let shared = 0;
    for (const w of def) if (words.has(w)) shared++;
    const recall = shared / def.size;
    const precision = shared / Math.max(words.size, 1);
    const score = Math.min(recall, precision + 0.25);
    if (recall >= 0.6 && precision >= 0.45 && (!best || score > best.score)) best = { theme, score };
  }
  return best?.theme ?? null;
}
