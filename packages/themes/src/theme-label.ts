import levenshtein from 'fast-levenshtein';
import type { ThemeId } from '@tc/model';

/**
 * What a theme label means: one of the four themes, or one of the headings plans use for actions
 * that belong to no theme ("Evaluating impact", "Overarching actions").
 */
export type ThemeLabel = { kind: 'theme'; theme: ThemeId } | { kind: 'impact' } | { kind: 'overarching' };

const THEME = (theme: ThemeId): ThemeLabel => ({ kind: 'theme', theme });

// Exact forms after normalisation (lower case, letters only, single spaces, filler words dropped).
const EXACT: ReadonlyMap<string, ThemeLabel> = new Map<string, ThemeLabel>([
  ...['visibility', 'visible', 'vis', 'v', 'visibilty'].map((k) => [k, THEME('visibility')] as const),
  ...['recognition', 'recognise', 'recognize', 'recognising', 'recognizing', 'rec', 'recog', 'r'].map(
    (k) => [k, THEME('recognition')] as const,
  ),
  ...['career development', 'careers development', 'career dev', 'career devt', 'career', 'careers', 'development',
    'career progression', 'cd', 'c', 'dev', 'professional development'].map(
    (k) => [k, THEME('career-development')] as const,
  ),
  ...['sustainability', 'sustainable', 'sustain', 'sus', 'sust', 's'].map((k) => [k, THEME('sustainability')] as const),
  ...['evaluating impact', 'evaluate impact', 'evaluation', 'evaluating the impact', 'impact', 'evaluation of impact',
    'impact evaluation', 'measuring impact', 'ei'].map((k) => [k, { kind: 'impact' } as ThemeLabel] as const),
  ...['overarching', 'overarching action', 'over arching', 'cross cutting', 'general', 'all', 'all themes'].map(
    (k) => [k, { kind: 'overarching' } as ThemeLabel] as const,
  ),
]);

// Canonical long forms that typos are measured against.
const FUZZY_TARGETS: ReadonlyArray<readonly [string, ThemeLabel]> = [
  ['visibility', THEME('visibility')],
  ['recognition', THEME('recognition')],
  ['career development', THEME('career-development')],
  ['careers development', THEME('career-development')],
  ['sustainability', THEME('sustainability')],
  ['evaluating impact', { kind: 'impact' }],
  ['overarching', { kind: 'overarching' }],
];

const FILLER = new Set(['the', 'theme', 'themes', 'area', 'areas', 'key', 'pillar', 'pillars', 'workstream', 'action', 'actions',
  'commitment', 'tc', 'and', 'of', 'for', 'strand', 'principle']);

function normalise(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  const kept = words.filter((w) => !FILLER.has(w));
  // "Actions" alone is not a label; only drop filler words when something is left.
  return (kept.length > 0 ? kept : words).map(singular).join(' ');
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Reads a theme label as printed in a plan — any case, punctuation, line breaks inside
 * ("Career\nDevelopment"), plurals, common abbreviations ("CD", "Career Dev.") and small typos — and
 * says which theme it names. Returns null when the text is not a theme label.
 */
export function normaliseThemeLabel(label: string): ThemeLabel | null {
  if (label.length > 80) return null;
  const seen = labels.get(label);
  if (seen !== undefined) return seen;
  const meaning = readThemeLabel(label);
  if (labels.size > 10_000) labels.clear();
  labels.set(label, meaning);
  return meaning;
}

// Readers ask about the same lines and cells again and again.
const labels = new Map<string, ThemeLabel | null>();

function readThemeLabel(label: string): ThemeLabel | null {
  const key = normalise(label);
  if (key.length === 0) return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  if (key.length < 6) return null;
  let best: { distance: number; label: ThemeLabel } | null = null;
  for (const [target, meaning] of FUZZY_TARGETS) {
    const distance = levenshtein.get(key, target);
    const allowed = Math.max(1, Math.floor(target.length * 0.2));
    if (distance <= allowed && (best === null || distance < best.distance)) best = { distance, label: meaning };
  }
  return best?.label ?? null;
}

/**
 * Finds a theme label at the start of a longer text — "VISIBILITY: Ensure that …",
 * "Theme: Recognition", "CAREER\nDEVELOPMENT\nEnable …" — and returns it with the rest of the
 * text (the definition, usually). Abbreviations of one or two letters are not accepted here, since
 * ordinary words start with them.
 */
export function leadingThemeLabel(text: string): { label: ThemeLabel; labelText: string; rest: string } | null {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  if (colon > 0 && colon <= 60) {
    const head = trimmed.slice(0, colon);
    const rest = trimmed.slice(colon + 1).trim();
    const afterPrefix = head.replace(/^\s*(?:workstream|theme|pillar|strand|key area|commitment area)\s*[-–:]?\s*/i, '');
    const direct = strictLabel(afterPrefix) ?? strictLabel(head);
    if (direct) return { label: direct, labelText: afterPrefix.trim() || head.trim(), rest };
    const inRest = /^(?:workstream|theme|pillar|strand)$/i.test(head.trim()) ? strictLabel(rest) : null;
    if (inRest) return { label: inRest, labelText: rest, rest: '' };
  }
  // No colon: an upper-case label run into its definition ("SUSTAINABILITY Ensure the …").
  const words = trimmed.split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const headWords = words.slice(0, n);
    if (!headWords.every((w) => /^[A-Z][A-Z&/-]*:?$/.test(w))) continue;
    const head = headWords.join(' ');
    const label = strictLabel(head);
    if (label) return { label, labelText: head.replace(/:$/, ''), rest: words.slice(n).join(' ') };
  }
  return null;
}

// Labels of one or two letters, and words that open ordinary sentences, are not read as a
// label when they only start a longer text.
const TOO_COMMON_TO_LEAD = new Set(['career', 'development', 'dev', 'all', 'general', 'impact', 'evaluation']);

function strictLabel(text: string): ThemeLabel | null {
  const key = normalise(text);
  if (key.length < 3 || TOO_COMMON_TO_LEAD.has(key)) return null;
  return normaliseThemeLabel(text);
}
