import levenshtein from 'fast-levenshtein';

/** What a column header or a field label means for an action. */
export type FieldRole =
  | 'ref'
  | 'title'
  | 'description'
  | 'timeframe'
  | 'owner'
  | 'measures'
  | 'supporting'
  | 'status'
  | 'comments'
  | 'theme';

// Header and label vocabulary, normalised (lower case, letters and digits, single spaces).
const VOCABULARY: ReadonlyArray<readonly [FieldRole, readonly string[]]> = [
  ['ref', ['no', 'number', 'ref', 'reference', 'item', 'id', 'code', 'action no', 'action number', 'ref no', 'item no', 'action ref', 'action id']],
  ['title', ['action', 'actions', 'action statement', 'action statements', 'activity', 'activities', 'objective', 'objectives',
    'aim', 'aims', 'proposed action', 'proposed actions', 'action point', 'action points', 'task', 'tasks', 'initiative',
    'what we will do', 'planned action', 'planned actions', 'action title', 'commitment', 'key action', 'key actions', 'what',
    'action required', 'actions to be taken', 'title']],
  ['description', ['detail', 'details', 'description', 'how', 'action detail', 'action details', 'further detail', 'how we will do it',
    'method', 'approach', 'actions required', 'what this involves', 'summary', 'background', 'what we will do and why']],
  ['timeframe', ['target date', 'target dates', 'timescale', 'timescales', 'time frame', 'timeframe', 'time scale', 'deadline',
    'by when', 'date', 'dates', 'when', 'completion date', 'timing', 'due date', 'target completion', 'target completion date',
    'time line', 'timeline', 'year', 'delivery date', 'by', 'due', 'due by', 'target timescale', 'date due']],
  ['owner', ['action owner', 'action owners', 'owner', 'owners', 'lead', 'leads', 'responsibility', 'responsible', 'who',
    'stakeholder', 'stakeholders', 'lead responsibility', 'responsible person', 'responsible persons', 'accountable', 'lead person', 'led by', 'delivered by',
    'who will lead', 'who is responsible', 'lead officer', 'lead officers', 'action lead', 'action leads', 'responsible lead']],
  ['measures', ['success measure', 'success measures', 'success measures impact', 'measure of success', 'measures of success',
    'kpi', 'kpis', 'outcome', 'outcomes', 'impact', 'evidence', 'success criteria', 'expected outcome', 'expected outcomes',
    'measure', 'measures', 'success indicator', 'success indicators', 'indicator', 'indicators', 'deliverable', 'deliverables',
    'evidence of impact', 'evidence of success', 'target outcome', 'target outcomes', 'how we will measure success', 'target', 'targets', 'how we will know',
    'how will we know', 'how we will measure it', 'how we will measure progress', 'what success looks like', 'success looks like',
    'measures of impact', 'measure of impact', 'key performance indicator', 'key performance indicators']],
  ['supporting', ['supporting action', 'supporting actions', 'supporting actions required', 'resources', 'resources required',
    'resource', 'next steps', 'steps', 'resources needed', 'resource implications']],
  ['status', ['rag', 'rag status', 'status', 'progress', 'rag rating', 'current status', 'progress status']],
  ['comments', ['comment', 'comments', 'note', 'notes', 'update', 'progress update', 'commentary', 'remarks', 'progress to date']],
  ['theme', ['theme', 'themes', 'commitment area', 'commitment areas', 'key area', 'key areas', 'pillar', 'pillars', 'area',
    'workstream', 'category', 'strand', 'principle', 'technician commitment theme']],
];

const EXACT = new Map<string, FieldRole>();
for (const [role, phrases] of VOCABULARY) for (const p of phrases) EXACT.set(p, role);
const singularOf = (key: string): string => key.replace(/s\b/g, '');
const SINGULAR = new Map<string, FieldRole>();
for (const [phrase, role] of EXACT) if (!SINGULAR.has(singularOf(phrase))) SINGULAR.set(singularOf(phrase), role);
// Longest first, so "success measures" wins over "measures".
const MULTI_WORD = [...EXACT].filter(([phrase]) => phrase.includes(' ')).sort((a, b) => b[0].length - a[0].length);
const FUZZY = [...EXACT].filter(([phrase]) => phrase.length >= 6);
// Headers and labels repeat across rows, sections and documents.
const cache = new Map<string, FieldRole | null>();

export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/^\s*#\s*$/, 'no')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Reads a column header or a field label ("Success Measures/Impact", "Target Date", "Stakeholders:")
 * as a field role, fuzzily: exact phrases first, then a known phrase at the start of the header,
 * then small typos. Returns null for headers that name no known field.
 */
export function fieldRole(header: string): FieldRole | null {
  const seen = rawCache.get(header);
  if (seen !== undefined) return seen;
  const role = roleOf(header);
  if (rawCache.size > 10_000) rawCache.clear();
  rawCache.set(header, role);
  return role;
}

// Readers ask about the same lines again and again; the raw text is the cheaper key.
const rawCache = new Map<string, FieldRole | null>();

function roleOf(header: string): FieldRole | null {
  const key = normaliseHeader(header);
  if (key.length === 0 || key.length > 60) return null;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const role = readRole(key) ?? readAlternatives(header);
  if (cache.size > 10_000) cache.clear();
  cache.set(key, role);
  return role;
}

// Each "(" up to the next ")" becomes a space, as /\([^)]*\)/g does, in linear time: once no ")"
// follows, none can for a later "(" either (the expression rescans to the end from each one).
function withoutNotes(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', at)) {
    const close = text.indexOf(')', open);
    if (close < 0) break;
    out += `${text.slice(at, open)} `;
    at = close + 1;
  }
  return out + text.slice(at);
}

// "Status (RAG)", "Outcome/Impact": the name without its note, then each alternative alone.
function readAlternatives(header: string): FieldRole | null {
  const bare = normaliseHeader(withoutNotes(header));
  const exact = bare && bare !== normaliseHeader(header) ? exactRole(bare) : null;
  if (exact) return exact;
  const parts = header.split(/(?<!\s)\s*[/&,]\s*|(?<!\s)\s+or\s+/i).map(normaliseHeader).filter((p) => p.length > 0);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const role = exactRole(part);
    if (role) return role;
  }
  return null;
}

/**
 * True when `label` is a field name of the vocabulary as it stands (no typo or partial match), or
 * a short label about themes ("Link to theme", "Theme(s) addressed").
 */
export function isKnownLabel(label: string): boolean {
  const key = normaliseHeader(label);
  if (key.length === 0) return false;
  if (exactRole(key) !== null) return true;
  // A label about themes names none of them ("Theme: Visibility" is a value already).
  return !/[:.]/.test(label) && /\bthemes?\b/.test(key) && !/\d|visib|recogni|career|sustain/.test(key) && key.split(' ').length <= 4;
}

function exactRole(key: string): FieldRole | null {
  return EXACT.get(key) ?? SINGULAR.get(singularOf(key)) ?? null;
}

function readRole(key: string): FieldRole | null {
  const exact = exactRole(key);
  if (exact) return exact;
  // "Commitment theme", "Theme(s) addressed", "TC themes": a header about themes.
  if (/\bthemes?\b/.test(key) && !/\d/.test(key) && key.split(' ').length <= 4) return 'theme';
  // "Success Measures / Impact", "Time frame (year)": a known phrase of two or more words opening or ending the header.
  for (const [phrase, role] of MULTI_WORD) if (key.startsWith(`${phrase} `) || key.endsWith(` ${phrase}`)) return role;
  if (key.length >= 6) {
    for (const [phrase, role] of FUZZY) if (levenshtein.get(key, phrase) <= Math.floor(phrase.length / 6)) return role;
  }
  return null;
}
