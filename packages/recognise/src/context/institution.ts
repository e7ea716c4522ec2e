/**
 * The institution a plan belongs to, read from the names it prints — never from a sentence.
 *
 * A name is a head noun (University, Institute, College, School, Centre) with proper-name words
 * before it ("Marrowdale University", "Pellcombe College") or after "of"/"for" ("University of
 * Brackenholt", "Institute of Quarn Studies"), or "Royal X of Y". A proper-name word is a
 * Capitalised word that is not in a small vocabulary of words that are not names: function words
 * ("The", "Our", "Although", "With"), plan vocabulary ("Technician", "Commitment", "Action",
 * "Plan"), roles ("Leaders", "Staff"), verbs that open action titles ("Promote", "Review"). A few
 * descriptive words (Research, National, Science, Technology, the head nouns themselves, acronyms)
 * may stand in a name but never make one alone: "the Research Institute" and "the University" are
 * not names, "Harnley Research Institute" is.
 *
 * Per head noun: University and Institute need a proper-name word before or after; College and
 * Centre need one before ("College of Science" is a faculty); School needs one before and an "of"
 * part after ("Wexholt School of Tropical Studies"; "School of Engineering" is a department).
 *
 * The text is read by a hand-written scanner in one pass, and each head noun looks at most a dozen
 * words around it: linear in the length of the text, whatever the text.
 */

/** Capitalised words that are never part of an institution's name. */
const NOT_NAME = new Set(
  [
    // articles, determiners, pronouns
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'your', 'their', 'its', 'his', 'her', 'my', 'we', 'they', 'it', 'you',
    'each', 'every', 'all', 'any', 'some', 'both', 'many', 'most', 'several', 'other', 'another', 'such', 'no', 'not', 'whole', 'entire',
    'wider', 'relevant', 'one', 'two', 'three', 'four', 'five', 'first', 'second', 'third',
    // conjunctions, adverbs and prepositions that open a sentence or a Title Case phrase
    'although', 'though', 'while', 'whilst', 'when', 'where', 'whereas', 'if', 'as', 'at', 'in', 'on', 'by', 'with', 'within', 'without',
    'across', 'from', 'to', 'into', 'onto', 'throughout', 'through', 'via', 'under', 'over', 'between', 'among', 'amongst', 'or', 'but',
    'so', 'also', 'however', 'therefore', 'thus', 'including', 'since', 'because', 'after', 'before', 'during', 'until', 'about',
    'against', 'beyond', 'towards', 'here', 'there', 'then', 'now', 'why', 'how', 'what', 'which', 'who',
    // verbs (a shouted title, a sentence start)
    'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might',
    'must', 'do', 'does', 'did',
    // verbs that open action titles
    'promote', 'review', 'encourage', 'support', 'develop', 'create', 'establish', 'ensure', 'continue', 'increase', 'provide', 'explore',
    'hold', 'embed', 'raise', 'recognise', 'recognize', 'celebrate', 'facilitate', 'implement', 'introduce', 'launch', 'identify',
    'improve', 'maintain', 'work', 'engage', 'join', 'share', 'showcase', 'build', 'deliver', 'enable', 'offer', 'welcome', 'dear',
    'invite', 'publish', 'run', 'set', 'use', 'attend', 'consult', 'monitor', 'report', 'appoint', 'fund', 'nominate',
    'supporting', 'developing', 'promoting', 'building', 'delivering', 'celebrating', 'recognising', 'embedding', 'enabling',
    'ensuring', 'creating', 'introducing', 'welcoming',
    // the plan's own vocabulary
    'technician', 'technicians', 'technical', 'technically', 'commitment', 'commitments', 'action', 'actions', 'plan', 'plans',
    'planning', 'steering', 'group', 'groups', 'working', 'leaders', 'leader', 'leadership', 'staff', 'team', 'teams', 'head', 'heads',
    'member', 'members', 'membership', 'signatory', 'signatories', 'pledge', 'visibility', 'recognition', 'career', 'careers',
    'development', 'sustainability', 'theme', 'themes', 'workstream', 'objective', 'objectives', 'overview', 'key', 'executive',
    'board', 'senior', 'management', 'committee', 'strategy', 'framework', 'policy', 'programme', 'program', 'annual', 'progress',
    'update', 'final', 'draft', 'version', 'page', 'appendix', 'year', 'years', 'phase', 'impact', 'evaluation', 'summary',
    'introduction', 'contents', 'students', 'student', 'colleagues', 'academic', 'academics', 'professional', 'services', 'service',
    'faculty', 'faculties', 'department', 'departments', 'partner', 'partners', 'network', 'hub', 'awards', 'award',
    // people's titles and offices
    'dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'vice', 'chancellor', 'pro', 'president', 'provost', 'director', 'dean', 'registrar',
    // a country or sector on its own is not an institution ("the UK Institute")
    'uk', 'gb', 'eu', 'he', 'fe', 'hei', 'heis', 'tc', 'nhs',
  ],
);

/** Words that may stand inside a name but do not make one on their own. */
const DESCRIPTIVE = new Set([
  'university', 'universities', 'institute', 'institutes', 'college', 'colleges', 'school', 'schools', 'centre', 'centres', 'center',
  'research', 'royal', 'national', 'international', 'metropolitan', 'science', 'sciences', 'technology', 'technologies',
  'engineering', 'medical', 'medicine', 'applied', 'advanced', 'graduate', 'doctoral', 'business', 'education', 'higher', 'further',
  'city', 'regional', 'local', 'studies',
]);

type Head = 'university' | 'institute' | 'college' | 'school' | 'centre';
const HEADS: ReadonlyMap<string, Head> = new Map([
  ['university', 'university'],
  ['institute', 'institute'],
  ['college', 'college'],
  ['school', 'school'],
  ['centre', 'centre'],
  ['center', 'centre'],
]);
/** Joining words written in lower case inside a name. */
const JOINERS = new Set(['of', 'for', 'the', 'and', 'upon']);
const MAX_BEFORE = 4;
const MAX_RUN = 4;
const MAX_AFTER = 8;

interface Token {
  text: string;
  /** without a possessive ending ("Northmoor's" → "Northmoor") */
  bare: string;
  /** lower case, without a possessive ending */
  key: string;
  possessive: boolean;
  capitalised: boolean;
  /** no lower-case letter */
  upper: boolean;
  /** only white space between this token and the one before */
  joined: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
const INNER = new Set(["'", '’', '-', '‐', '‑']);

/** Words of letters (with inner apostrophes and hyphens), in one pass over the text. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let gapIsSpace = false;
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (!LETTER.test(ch)) {
      if (!SPACE.test(ch)) gapIsSpace = false;
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < text.length) {
      const c = text.charAt(i);
      if (LETTER.test(c)) i++;
      else if (INNER.has(c) && i + 1 < text.length && LETTER.test(text.charAt(i + 1))) i += 2;
      else break;
    }
    let word = text.slice(start, i);
    // "St. Anselm's": the abbreviation's stop belongs to the word.
    if (/^(?:st|ste)$/i.test(word) && text.charAt(i) === '.') {
      word += '.';
      i++;
    }
    out.push(token(word, out.length > 0 && gapIsSpace));
    gapIsSpace = true;
  }
  return out;
}

function token(text: string, joined: boolean): Token {
  const bare = text.replace(/['’]s$/i, '').replace(/['’]$/, '');
  const first = text.charAt(0);
  return {
    text,
    bare,
    key: bare.toLowerCase().replace(/\.$/, ''),
    possessive: bare.length < text.length,
    capitalised: first !== first.toLowerCase(),
    upper: text === text.toUpperCase() && text !== text.toLowerCase(),
    joined,
  };
}

type Role = 'proper' | 'descriptive' | 'none';

/** What a word can be inside a name: a proper-name word, a descriptive word, or neither. */
function role(t: Token, shouting: boolean): Role {
  if (!t.capitalised || JOINERS.has(t.key) || NOT_NAME.has(t.key)) return 'none';
  if (DESCRIPTIVE.has(t.key)) return 'descriptive';
  // In mixed-case text a word in capitals is an acronym ("SG College leads"): not a name by itself.
  if (!shouting && t.upper && t.key.length >= 2) return 'descriptive';
  return 'proper';
}

interface Span {
  from: number;
  to: number; // exclusive
}

/** A run of name words from `at`, joined by spaces: up to `max` words. */
function run(ts: readonly Token[], at: number, max: number, shouting: boolean): { end: number; proper: boolean } {
  let end = at;
  let proper = false;
  while (end < ts.length && end - at < max) {
    const t = ts[end]!;
    if (!t.joined) break;
    const r = role(t, shouting);
    // An acronym after the name ("University of X SG leads") is not part of it.
    if (r === 'none' || (!shouting && t.upper && t.key.length >= 2)) break;
    if (r === 'proper') proper = true;
    end++;
  }
  return { end, proper };
}

/** The "of …" part after a head noun: "of the West of Fellside", "of Astley and Corran", "of Thornby upon Wyle". */
function after(ts: readonly Token[], head: number, shouting: boolean): { end: number; proper: boolean } | null {
  const connector = ts[head + 1];
  if (!connector?.joined || (connector.key !== 'of' && connector.key !== 'for')) return null;
  let at = head + 2;
  if (ts[at]?.key === 'the' && ts[at]!.joined) at++;
  const first = run(ts, at, MAX_RUN, shouting);
  if (first.end === at) return null;
  let end = first.end;
  let proper = first.proper;
  while (end - head <= MAX_AFTER) {
    const joiner = ts[end];
    if (!joiner?.joined) break;
    let next = end + 1;
    if (joiner.key === 'of') {
      if (ts[next]?.key === 'the' && ts[next]!.joined) next++;
      const more = run(ts, next, MAX_RUN, shouting);
      if (more.end === next) break;
      end = more.end;
      proper ||= more.proper;
    } else if (joiner.key === 'and' || joiner.key === 'upon') {
      // "and Y" only when Y ends the name: "University of Astley and Corran College" is two names.
      const more = run(ts, next, 3, shouting);
      const last = ts[more.end - 1];
      const onward = ts[more.end];
      const endsHere = !onward?.joined || role(onward, shouting) === 'none';
      if (more.end === next || more.end - next > 2 || !more.proper || !endsHere || (last && HEADS.has(last.key))) break;
      end = more.end;
      proper = true;
    } else {
      break;
    }
  }
  return { end, proper };
}

/** Name words straight before a head noun, nearest first, at most {@link MAX_BEFORE}. */
function before(ts: readonly Token[], head: number, shouting: boolean): { start: number; proper: boolean } {
  let start = head;
  let proper = false;
  while (start > 0 && head - start < MAX_BEFORE && ts[start]!.joined) {
    const r = role(ts[start - 1]!, shouting);
    if (r === 'none') break;
    if (r === 'proper') proper = true;
    start--;
  }
  return { start, proper };
}

function headName(ts: readonly Token[], h: number): Span | null {
  const head = ts[h]!;
  const kind = HEADS.get(head.key);
  if (!kind || !head.capitalised) return null;
  const shouting = head.upper;
  const pre = before(ts, h, shouting);
  const post = head.possessive ? null : after(ts, h, shouting);
  const ok =
    kind === 'university' || kind === 'institute'
      ? pre.proper || post?.proper === true
      : kind === 'school'
        ? pre.proper && post !== null
        : pre.proper;
  return ok ? { from: pre.start, to: post?.end ?? h + 1 } : null;
}

/** "Royal X of Y" (up to two words for X): "Royal Conservatoire of Drumlow". */
function royalName(ts: readonly Token[], r: number): Span | null {
  const royal = ts[r]!;
  if (royal.key !== 'royal' || !royal.capitalised || royal.possessive) return null;
  const shouting = royal.upper;
  const middle = run(ts, r + 1, 2, shouting);
  if (middle.end === r + 1) return null;
  const connector = ts[middle.end];
  if (!connector?.joined || connector.key !== 'of') return null;
  let at = middle.end + 1;
  if (ts[at]?.key === 'the' && ts[at]!.joined) at++;
  const tail = run(ts, at, MAX_RUN, shouting);
  return tail.end === at ? null : { from: r, to: tail.end };
}

function spell(ts: readonly Token[], span: Span): string {
  const shouting = ts.slice(span.from, span.to).every((t) => t.upper || JOINERS.has(t.key));
  return ts
    .slice(span.from, span.to)
    .map((t, k, all) => {
      if (JOINERS.has(t.key) && k > 0) return t.key;
      // "Brackenholt University's technicians": the possessive is the sentence's, not the name's.
      const word = k === all.length - 1 ? t.bare : t.text;
      if (!shouting) return word;
      return word.toLowerCase().replace(/(^|[-‐‑])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}

/**
 * Every institution name in a text, in reading order, spelled as printed ("UNIVERSITY OF X" as
 * "University of X"; a leading "the" and a possessive "'s" left off).
 */
export function institutionNames(text: string): string[] {
  const ts = tokens(text);
  const found: Span[] = [];
  for (let i = 0; i < ts.length; i++) {
    const span = headName(ts, i) ?? royalName(ts, i);
    if (span) found.push(span);
  }
  // Of overlapping names the longer stands: "Marrowdale University College", not "Marrowdale University".
  // One sweep in reading order: a name overlaps at most the one kept just before it.
  const kept: Span[] = [];
  for (const span of found.sort((a, b) => a.from - b.from || b.to - a.to)) {
    const last = kept.at(-1);
    if (!last || span.from >= last.to) kept.push(span);
    else if (span.to - span.from > last.to - last.from) kept[kept.length - 1] = span;
  }
  return kept.map((span) => spell(ts, span));
}

/** Where a plan's institution may be read, strongest first. */
export interface InstitutionEvidence {
  title: string | null;
  /** page headers and footers, each distinct line once */
  furniture: readonly string[];
  /** the first blocks of the document, the title left out */
  early: readonly string[];
}

/**
 * The plan's institution: a name in the title; else one in the page headers and footers; else one
 * in the first blocks. Within each, the name printed most often across all the evidence wins (the
 * first printed on a tie). Null when no name of an accepted form is printed.
 */
export function readInstitution(evidence: InstitutionEvidence): string | null {
  const tiers = [evidence.title ? [evidence.title] : [], evidence.furniture, evidence.early].map((texts) => texts.flatMap(institutionNames));
  const counts = new Map<string, number>();
  for (const name of tiers.flat()) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const names of tiers) {
    let best: string | null = null;
    for (const name of names) if (best === null || counts.get(name)! > counts.get(best)!) best = name;
    if (best !== null) return best;
  }
  return null;
}
