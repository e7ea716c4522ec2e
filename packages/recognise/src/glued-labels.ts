// Field labels run into their values inside one paragraph, with nothing to set them off: "Strand
// Visibility What Publish a directory Who Head of HR Deadline 2025". Web text whose line breaks
// were lost, and PDFs that print it so, give such blocks. A label word in prose is common ("What",
// "Lead", "By"), so a paragraph is read this way only where the document repeats one set of labels
// over three paragraphs or more, each opening with one of them.
import { fieldRole, isKnownLabel, normaliseHeader } from './fields/field-role.ts';
import type { Item } from './items.ts';

interface Label {
  /** word index where the label starts */
  at: number;
  /** words the label takes */
  take: number;
  key: string;
}

const MAX_WORDS = 150;
// A value opens with a capital or a figure ("Deadline 2025–2026").
const OPENS_VALUE = /^[\p{Lu}\p{N}]/u;
const CAPITAL = /^\p{Lu}/u;

// Label phrases repeat from paragraph to paragraph.
const known = new Map<string, string | null>();
function labelKey(phrase: string): string | null {
  let key = known.get(phrase);
  if (key === undefined) {
    key = isKnownLabel(phrase) && fieldRole(phrase) !== null ? normaliseHeader(phrase) : null;
    if (known.size > 10_000) known.clear();
    known.set(phrase, key);
  }
  return key;
}

/** The label at word `i`, longest first. */
function labelAt(words: readonly string[], i: number): Label | null {
  if (!CAPITAL.test(words[i]!)) return null;
  for (let take = Math.min(4, words.length - 1 - i); take >= 1; take--) {
    if (!OPENS_VALUE.test(words[i + take]!)) continue;
    const key = labelKey(words.slice(i, i + take).join(' '));
    if (key !== null) return { at: i, take, key };
  }
  return null;
}

function labelsIn(words: readonly string[]): Label[] {
  const out: Label[] = [];
  for (let i = 0; i < words.length - 1; i++) {
    const label = labelAt(words, i);
    if (label === null) continue;
    out.push(label);
    i += label.take - 1;
  }
  return out;
}

/** The labels of `template` in the paragraph, each at its first place, in order; null unless all are there and one opens it. */
function splitAt(words: readonly string[], found: readonly Label[], template: ReadonlySet<string>): Label[] | null {
  const seen = new Set<string>();
  const cuts: Label[] = [];
  for (const label of found) {
    if (!template.has(label.key) || seen.has(label.key)) continue;
    seen.add(label.key);
    cuts.push(label);
  }
  if (seen.size !== template.size || cuts[0]?.at !== 0) return null;
  return cuts;
}

/** Paragraphs of glued labels and values, each field made a block "Label: value" of its own. */
export function splitGluedLabels(items: Item[]): Item[] {
  // Only paragraphs that open with a label are read through, and only where three or more do.
  const words = items.map((item) => {
    if (item.kind !== 'paragraph' || item.text.includes(':')) return null;
    const w = item.text.split(' ');
    return w.length >= 4 && w.length <= MAX_WORDS && labelAt(w, 0) !== null ? w : null;
  });
  if (words.filter(Boolean).length < 3) return items;
  const found = words.map((w) => (w ? labelsIn(w) : []));
  // The labels most paragraphs that open with a label share; a label word inside one value
  // ("Deadline Year 2") is not one of them.
  const uses = new Map<string, number>();
  let opening = 0;
  for (const labels of found) {
    if (labels[0]?.at !== 0) continue;
    opening++;
    for (const key of new Set(labels.map((l) => l.key))) uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  const template = new Set([...uses].filter(([, n]) => n >= 3 && n >= 0.8 * opening).map(([key]) => key));
  if (template.size < 3) return items;
  const out: Item[] = [];
  items.forEach((item, k) => {
    const w = words[k];
    const cuts = w ? splitAt(w, found[k]!, template) : null;
    if (!w || !cuts) {
      out.push(item);
      return;
    }
    cuts.forEach((cut, j) => {
      const end = cuts[j + 1]?.at ?? w.length;
      const text = `${w.slice(cut.at, cut.at + cut.take).join(' ')}: ${w.slice(cut.at + cut.take, end).join(' ')}`;
      out.push({ ...item, text, lines: [text] });
    });
  });
  return out.map((item, index) => ({ ...item, index }));
}
