import { stem } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';

/** One content word of an action text: its stem and the form first seen in the text. */
export interface Token {
  stem: string;
  surface: string;
}

const TAG = /<\/?[a-z][^<>]{0,200}>/gi;
const ENTITY = /&(amp|nbsp|quot|apos|lt|gt|#\d{1,6});/gi;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
// Action texts reuse a small vocabulary; remembering stems roughly halves the cost of tokenising.
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

function cachedStem(word: string): string {
  let s = STEM_CACHE.get(word);
  if (s === undefined) {
    s = stem(word);
    if (STEM_CACHE.size < STEM_CACHE_LIMIT) STEM_CACHE.set(word, s);
  }
  return s;
}

const ENTITY_TEXT: Record<string, string> = { amp: '&', nbsp: ' ', quot: '"', apos: "'", lt: '<', gt: '>' };

// HTML fragments survive in some extracted cells; their tag names must not become words.
function stripMarkup(text: string): string {
  return text
    .replace(TAG, ' ')
    .replace(ENTITY, (_, name: string) => ENTITY_TEXT[name.toLowerCase()] ?? ' ');
}

/**
 * Splits text into content words: markup removed, lower-cased, accents folded, possessives dropped,
 * stop words and bare numbers skipped, each word Porter-stemmed.
 */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  const plain = stripMarkup(text).normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  for (const match of plain.matchAll(WORD)) {
    let word = match[0].replace(/['’]s$/, '').replace(/['’]/g, '');
    if (word.length < 2 && word !== 't') continue;
    if (STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    if (word.length > 40) word = word.slice(0, 40);
    out.push({ stem: cachedStem(word), surface: word });
  }
  return out;
}
