import type { ThemeId } from '@tc/model';
import { tokenise, type Token } from './tokenise.ts';

/** A phrase that signals a theme, with its strength (1 = typical, 2 = defining, 0.5 = weak). */
export type LexiconEntry = readonly [phrase: string, weight: number];

// Written from the four theme definitions and what institutions typically do under each. Phrases are
// matched on stems of content words, so "mentors", "mentoring" and "mentored" all hit "mentor".
// Wordings found in only one of the evaluation plans are kept out: they would score that plan's own
// phrasing when it is held out (see docs/themes-evaluation.md).
/** The hand-written domain lexicon, per theme. */
export const THEME_LEXICON: Readonly<Record<ThemeId, readonly LexiconEntry[]>> = {
  visibility: [
    ['visibility', 2], ['visible', 2], ['raise the profile', 2], ['staff profile', 2],
    ['profile', 1], ['webpage', 2], ['web page', 2], ['website', 1.5], ['intranet', 1], ['portal', 1],
    ['showcase', 2], ['case study', 1], ['photo', 1.5], ['video', 1], ['newsletter', 1.5], ['communications', 1],
    ['marketing', 1.5], ['social media', 1.5], ['twitter', 1], ['prospectus', 1], ['conference', 1],
    ['event', 1], ['open day', 1.5], ['outreach', 1.5], ['public engagement', 2], ['widening participation', 1],
    ['networking', 1], ['awareness', 1], ['publicise', 1], ['celebrate', 1], ['representation', 1.5],
    ['committee', 1], ['decision making', 1.5], ['hub', 0.5],
    ['steering group', 1], ['executive board', 1], ['executive', 0.5], ['agenda', 0.5], ['article', 1], ['stories', 1], ['news', 1], ['comms', 1], ['engagement', 0.5], ['senior leadership', 1], ['presenting', 1], ['talk', 0.5],
    ['contribution', 0.5], ],
  recognition: [
    ['recognition', 2], ['recognise', 2], ['recognize', 2], ['professional registration', 2.5],
    ['professionally registered', 2.5], ['registration', 1.5], ['register', 1], ['professional body', 2],
    ['professional membership', 2], ['science council', 2], ['award', 2], ['prize', 2], ['nominate', 1.5],
    ['nomination', 1.5], ['fellowship', 2], ['hea', 1.5], ['advance he', 1.5], ['author', 2], ['co-author', 2],
    ['authorship', 2], ['acknowledgement', 1.5], ['acknowledgment', 1.5], ['attribution', 2], ['credit', 1], ['reward', 2], ['pay', 1.5], ['bonus', 1.5], ['job title', 2], ['role profile', 1],
    ['roles and responsibilities', 1.5], ['contribution to research', 1.5], ['research output', 1.5],
    ['co-investigator', 1.5], ['grant', 1], ['status', 1],
    ['achievements', 1], ['job description', 1], ['rscitech', 2], ['rsci', 2], ['csci', 2], ['engtech', 2], ['ieng', 2],
    ['ceng', 2], ['value', 0.5], ['responsibilities', 0.5],
  ],
  'career-development': [
    ['career', 2], ['career pathway', 2.5], ['career progression', 2.5], ['career development', 2.5],
    ['progression', 2], ['promotion', 1.5], ['pathway', 1.5], ['training', 1.5], ['development opportunity', 2],
    ['professional development', 2], ['cpd', 2], ['personal development', 2], ['mentor', 2], ['mentoring', 2],
    ['coaching', 2], ['buddy', 1], ['pdr', 2], ['appraisal', 2], ['secondment', 2], ['shadowing', 1.5], ['skills development', 1.5], ['develop skills', 1.5],
    ['qualification', 1.5], ['leadership', 1.5], ['management skills', 1.5], ['supervision', 1], ['apprenticeship', 1.5],
    ['degree apprenticeship', 2], ['learning', 0.5], ['course', 1], ['heated', 1.5], ['workshop', 1], ['acting up', 1.5], ['career conversation', 2], ['grade', 0.5], ['job family', 1.5], ['induction', 1], ['line manager', 1], ['supervisory', 1], ['develop staff', 1], ['upskill', 1.5],
    ['technical specialist', 1], ['digital skills', 1], ],
  sustainability: [
    ['succession', 2.5], ['succession planning', 2.5], ['apprentice', 2], ['apprenticeship', 1.5],
    ['t level', 2.5], ['skills retention', 2.5], ['retention', 2], ['retain', 2], ['recruitment', 1.5],
    ['workforce planning', 2.5], ['workforce', 1.5], ['knowledge transfer', 2], ['transfer skills', 2],
    ['share knowledge', 2], ['knowledge sharing', 2], ['skill sharing', 2], ['sharing of expertise', 2],
    ['skills matrix', 2], ['skills audit', 2], ['multi-skilling', 2], ['talent', 2], ['pipeline', 1.5],
    ['future', 0.5], ['schools and colleges', 1.5], ['work force', 2], ['retire', 1.5], ['retirement', 1.5], ['ageing workforce', 2], ['multi-skill', 2], ['cross-training', 1.5], ['skills', 0.5], ['knowledge', 0.5], ['graduates', 1], ['fully utilised', 2], ['utilise', 1.5],
    ['best practice', 1.5], ['diversity', 1], ['underrepresented', 1], ['capacity', 1.5],
    ['investment', 1], ['sustainability', 2], ['collaboration', 1],
    ['partnership', 1.5], ['expertise', 1],
    ['resilience', 1.5], ['single point of failure', 2], ['entry level', 1.5], ],
};

/** Words of environmental sustainability (carbon, energy, recycling): not the Sustainability theme. */
export const ENVIRONMENT_LEXICON: readonly string[] = [
  'carbon', 'net zero', 'energy', 'recycling', 'recycle', 'waste', 'leaf', 'green lab', 'green labs',
  'environmental', 'environment', 'climate', 'emissions', 'plastic', 'freezer', 'fume cupboard', 'biodiversity',
  'lab efficiency', 'laboratory efficiency', 'water use', 'greenhouse',
];

/** A lexicon entry compiled to stems. */
interface CompiledEntry {
  stems: readonly string[];
  phrase: string;
  weight: number;
}

/** One lexicon hit: the phrase and where its words are in the token list. */
export interface LexiconHit {
  phrase: string;
  weight: number;
  start: number;
  length: number;
}

let compiled: { themes: Map<ThemeId, Map<string, CompiledEntry[]>>; environment: Map<string, CompiledEntry[]> } | null = null;

function index(entries: readonly LexiconEntry[]): Map<string, CompiledEntry[]> {
  const byFirst = new Map<string, CompiledEntry[]>();
  for (const [phrase, weight] of entries) {
    // "co-author" and "coauthor" both occur; the tokeniser splits the first, so match the parts.
    const stems = tokenise(phrase).map((t) => t.stem);
    const first = stems[0];
    if (first === undefined) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ stems, phrase, weight });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return byFirst;
}

function lexicons(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const themes = new Map<ThemeId, Map<string, CompiledEntry[]>>();
  for (const [theme, entries] of Object.entries(THEME_LEXICON) as Array<[ThemeId, readonly LexiconEntry[]]>) {
    themes.set(theme, index(entries));
  }
  compiled = { themes, environment: index(ENVIRONMENT_LEXICON.map((p) => [p, 1] as const)) };
  return compiled;
}

// Longest phrase wins at each position and consumes its words, so "career progression" does not
// also count "career" and "progression".
function scan(tokens: readonly Token[], byFirst: Map<string, CompiledEntry[]>): LexiconHit[] {
  const hits: LexiconHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = byFirst.get((tokens[i] as Token).stem);
    const found = candidates?.find((c) => c.stems.every((s, k) => tokens[i + k]?.stem === s));
    if (found) {
      hits.push({ phrase: found.phrase, weight: found.weight, start: i, length: found.stems.length });
      i += found.stems.length;
    } else i++;
  }
  return hits;
}

/** The lexicon hits of each theme in a token list, and whether environmental words occur. */
export function matchLexicon(tokens: readonly Token[]): { themes: Record<ThemeId, LexiconHit[]>; environmental: boolean } {
  const lex = lexicons();
  const environmental = scan(tokens, lex.environment).length > 0;
  const themes = {} as Record<ThemeId, LexiconHit[]>;
  for (const [theme, byFirst] of lex.themes) {
    let hits = scan(tokens, byFirst);
    if (theme === 'sustainability' && environmental) hits = hits.filter((h) => !/sustainab/.test(h.phrase));
    themes[theme] = hits;
  }
  return { themes, environmental };
}
