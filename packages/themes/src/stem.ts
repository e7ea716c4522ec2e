// A Porter (1980) stemmer, written here: wink-nlp's lemmatiser costs ~155 ms to load and tops out near
// 12,000 actions/s for tokenising alone, which would eat the classifier's whole throughput budget.

function isConsonant(word: string, i: number): boolean {
  const c = word[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
  if (c === 'y') return i === 0 ? true : !isConsonant(word, i - 1);
  return true;
}

/** Porter's m: the number of vowel-consonant sequences in `s`. */
function measure(s: string): number {
  const n = s.length;
  let i = 0;
  let m = 0;
  while (i < n && isConsonant(s, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(s, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(s, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isConsonant(s, i)) return true;
  return false;
}

function endsDoubleConsonant(s: string): boolean {
  const n = s.length;
  return n >= 2 && s[n - 1] === s[n - 2] && isConsonant(s, n - 1);
}

function endsCvc(s: string): boolean {
  const n = s.length;
  if (n < 3) return false;
  const last = s[n - 1] as string;
  return isConsonant(s, n - 3) && !isConsonant(s, n - 2) && isConsonant(s, n - 1) && !'wxy'.includes(last);
}

type Rule = readonly [suffix: string, replacement: string];

const STEP2: readonly Rule[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['bli', 'ble'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'], ['isation', 'ize'], ['iser', 'ize'],
];
const STEP3: readonly Rule[] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['alise', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
// Longest first within each shared ending, as Porter's step 4 takes the first suffix that matches.
const STEP4 = [
  'ement', 'ment', 'ance', 'ence', 'able', 'ible', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ise', 'ion', 'al', 'er', 'ic', 'ou',
] as const;

function replaceFirst(word: string, rules: readonly Rule[], minMeasure: number): string {
  for (const [suffix, replacement] of rules) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    return measure(stem) > minMeasure ? stem + replacement : word;
  }
  return word;
}

function step1(word: string): string {
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (!w.endsWith('ss') && w.endsWith('s')) w = w.slice(0, -1);

  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else {
    const cut = w.endsWith('ed') ? 2 : w.endsWith('ing') ? 3 : 0;
    if (cut > 0 && hasVowel(w.slice(0, -cut))) {
      w = w.slice(0, -cut);
      if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
      else if (endsDoubleConsonant(w) && !'lsz'.includes(w[w.length - 1] as string)) w = w.slice(0, -1);
      else if (measure(w) === 1 && endsCvc(w)) w += 'e';
    }
  }
  if (w.endsWith('y') && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + 'i';
  return w;
}

function step4(word: string): string {
  for (const suffix of STEP4) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (measure(stem) <= 1) return word;
    if (suffix === 'ion' && !(stem.endsWith('s') || stem.endsWith('t'))) return word;
    return stem;
  }
  return word;
}

function step5(word: string): string {
  let w = word;
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w = stem;
  }
  if (w.endsWith('ll') && measure(w) > 1) w = w.slice(0, -1);
  return w;
}

// Words Porter conflates with a commoner word of another meaning ("succession" with "success",
// "progression" with "progress", "community" with "communication", "promotion" with "promote").
const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['community', 'communiti'], ['communities', 'communiti'],
  ['succession', 'succession'], ['successions', 'succession'],
  ['progression', 'progression'], ['progressions', 'progression'],
  ['promotion', 'promotion'], ['promotions', 'promotion'],
]);

/** Reduces a lower-case English word to its Porter stem (British -ise spellings fold into -ize). */
export function stem(word: string): string {
  const exception = EXCEPTIONS.get(word);
  if (exception !== undefined) return exception;
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
  return step5(step4(replaceFirst(replaceFirst(step1(word), STEP2, 0), STEP3, 0)));
}
