import type { BlockNode, LayoutDocument, ListItemNode, Provenance, TableNode } from '@tc/model';
import { readLeadingRef } from './fields/ref-grammar.ts';
import { fieldRole, isKnownLabel } from './fields/field-role.ts';
import { isSectionLine } from './fields/section-heading.ts';
import { splitGluedLabels } from './glued-labels.ts';

/** One block of the document in reading order, as the region recognisers see it. */
export interface Item {
  index: number;
  kind: 'heading' | 'paragraph' | 'listItem' | 'symbol' | 'table';
  text: string;
  lines: string[];
  position: Provenance | null;
  /** list item marker ("3", "a)") or null */
  marker: string | null;
  ordered: boolean;
  table: TableNode | null;
  checked: boolean;
  /** nesting level of a list item (0 = top level) */
  depth: number;
  /** a heading's level (1–6); 0 for every other block */
  level: number;
}

const BULLET_LINE = /^[-–•*·▪◦○]\s+\S/;

/** A line opening with a ref set off by a delimiter ("2 – Title", "V3. Title", "Action 4: …"). */
function opensRefRecord(line: string): boolean {
  const ref = readLeadingRef(line);
  return ref !== null && ref.rest.length > 0 && ref.delimiter !== '' && ref.delimiter !== ' ';
}

/** A line that opens a new record when several lines of one paragraph do: a ref, a bullet, a field label. */
function opensRecord(line: string): boolean {
  if (isSectionLine(line) || BULLET_LINE.test(line)) return true;
  const ref = readLeadingRef(line);
  return ref !== null && ref.rest.length > 0 && (ref.delimiter !== '' || ref.shape === 'code' || ref.shape === 'dash-code');
}

const INLINE_SPACE = /[ \t\u00a0]+/g;

/** Folds runs of spaces but keeps line breaks. */
export function fold(text: string): string {
  return text
    .replace(INLINE_SPACE, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Folds all whitespace, line breaks included, to single spaces. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function listItemText(item: ListItemNode): { text: string; lines: string[] } {
  const lines: string[] = [];
  for (const child of item.children) {
    if (child.type === 'paragraph') lines.push(...child.lines);
    else if (child.type === 'heading') lines.push(child.text);
  }
  return { text: flat(lines.join(' ')), lines };
}

type Push = (item: Omit<Item, 'index' | 'depth' | 'level'> & { depth?: number; level?: number }) => void;
type Flatten<T extends BlockNode['type']> = (node: Extract<BlockNode, { type: T }>, push: Push) => void;

const flatteners: { [T in BlockNode['type']]: Flatten<T> } = {
  heading: (node, push) =>
    push({ kind: 'heading', text: flat(node.text), lines: [flat(node.text)], position: node.position, marker: null, ordered: false, table: null, checked: false, level: node.depth }),
  paragraph: (node, push) => {
    const lines = node.lines.map(flat).filter((l) => l.length > 0);
    // Section headings, field labels, refs and bullets typed on consecutive lines ("Objective 1: …",
    // "Owner: …", "V2  Publish …", "• Run …"), and web text whose blocks are single lines, are
    // separate blocks, as if blank lines stood between them; the lines after a wrapped line (long,
    // not ended) stay with it.
    if (lines.length > 1) {
      const longest = Math.max(...lines.map((l) => l.length));
      // Wrapped lines fill the column, however narrow; a heading or label line ("Objective 1: …") stands alone.
      const wrapped = (line: string): boolean => longest >= 30 && line.length >= longest * 0.75 && !/[.:;!?]$/.test(line) && !isSectionLine(line);
      const unwrapped = lines.slice(0, -1).filter((l) => !wrapped(l)).length / (lines.length - 1);
      // A line opening a ref record under one that was not wrapped ("Recognition actions" then
      // "4 – Nominate …") starts a block too.
      const refUnderShort = lines.some((line, k) => k > 0 && opensRefRecord(line) && !wrapped(lines[k - 1]!));
      if (lines.filter(opensRecord).length >= 2 || (lines.length >= 4 && unwrapped > 0.7) || refUnderShort) {
        const groups: string[][] = [];
        lines.forEach((line, k) => {
          if (groups.length === 0 || opensRecord(line) || isBareLabel(line) || !wrapped(lines[k - 1]!)) groups.push([line]);
          else groups[groups.length - 1]!.push(line);
        });
        for (const group of groups) push({ kind: 'paragraph', text: flat(group.join(' ')), lines: group, position: node.position, marker: null, ordered: false, table: null, checked: false });
        return;
      }
    }
    push({ kind: 'paragraph', text: flat(node.text), lines, position: node.position, marker: null, ordered: false, table: null, checked: false });
  },
  symbol: (node, push) =>
    push({ kind: 'symbol', text: node.raw, lines: [], position: node.position, marker: null, ordered: false, table: null, checked: node.checked }),
  table: (node, push) => {
    // One row on its own ("V1<tab>Run a showcase") is a line whose parts a tab set apart, not a table.
    if (node.rows.length === 1 && node.rows[0]!.cells.length <= 3) {
      const text = node.rows[0]!.cells.map((c) => flat(c.text)).filter(Boolean).join('  ');
      if (text) push({ kind: 'paragraph', text, lines: [text], position: node.position, marker: null, ordered: false, table: null, checked: false });
      return;
    }
    push({ kind: 'table', text: '', lines: [], position: node.position, marker: null, ordered: false, table: node, checked: false });
  },
  list: (node, push) => {
    for (const child of node.children) {
      // A list item of several paragraphs: the first is the item, the others its detail.
      const paragraphs = child.children.filter((c) => c.type === 'paragraph' || c.type === 'heading');
      const detail = paragraphs.length >= 2 && paragraphs[0]!.text.split(' ').length <= 25 ? paragraphs.slice(1) : [];
      const { text, lines } = listItemText(detail.length > 0 ? { ...child, children: [paragraphs[0]!] } : child);
      // Single line breaks: a line under the item that opens a record of its own ("2 – Invite …")
      // was folded into it as if it went on; it is a block of its own.
      const cut = lines.findIndex((line, k) => k > 0 && opensRefRecord(line));
      const own = cut > 0 ? lines.slice(0, cut) : lines;
      push({ kind: 'listItem', text: cut > 0 ? flat(own.join(' ')) : text, lines: own, position: child.position, marker: child.marker, ordered: node.ordered, table: null, checked: child.checked === true });
      if (cut > 0) for (const line of lines.slice(cut)) push({ kind: 'paragraph', text: line, lines: [line], position: child.position, marker: null, ordered: false, table: null, checked: false });
      for (const p of detail) push({ kind: 'paragraph', text: flat(p.text), lines: p.type === 'paragraph' ? p.lines.map(flat) : [flat(p.text)], position: p.position, marker: null, ordered: false, table: null, checked: false });
      // Nested lists keep their depth: "Lead: …" bullets under an action are its fields.
      const deeper: Push = (item) => push({ ...item, depth: (item.depth ?? 0) + 1 });
      for (const nested of child.children) if (nested.type === 'list' || nested.type === 'table') flattenBlock(nested, deeper);
    }
  },
};

function flattenBlock(node: BlockNode, push: Push): void {
  (flatteners[node.type] as Flatten<typeof node.type>)(node as never, push);
}

/** The document's blocks in reading order, lists unfolded into their items. */
export function documentItems(doc: LayoutDocument): Item[] {
  const items: Item[] = [];
  const push: Push = (item) => {
    if (item.kind !== 'table' && item.kind !== 'symbol' && item.text.length === 0 && item.marker === null) {
      return;
    }
    items.push({ ...item, depth: item.depth ?? 0, level: item.level ?? 0, index: items.length });
  };
  for (const node of doc.children) flattenBlock(node, push);
  return joinRunInLabels(splitGluedLabels(joinBareLabels(items)));
}

// "Lead" on one line, "Head of HR" on the next: a field label printed without its colon.
const isBareLabel = (text: string): boolean => text.length <= 40 && !/[.:;,!?]$/.test(text) && text.split(' ').length <= 4 && isKnownLabel(text);
// A header cell of a flattened table may name its field loosely ("Support actions").
const isLabelLike = (text: string): boolean => isBareLabel(text) || (text.length <= 40 && text.split(' ').length <= 4 && fieldRole(text) !== null);

/**
 * Where a document prints field labels without colons, each on its own line or block above its
 * value, the label and its value are read as "Label: value" — the way every reader reads fields.
 * Only where the document does so at least three times, with two labels or more.
 */
// "Responsible Learning and Development Team": a label run into its value, its bold lost.
function runInLabel(text: string): { label: string; value: string } | null {
  if (text.includes(':') || text.split(' ').length > 30) return null;
  const words = text.split(' ');
  for (let take = Math.min(4, words.length - 1); take >= 1; take--) {
    const label = words.slice(0, take).join(' ');
    const known = isKnownLabel(label);
    // The value opens with a capital word or a figure ("Target date 2026", "Deadline Q1 2025");
    // "Year 2" is a timeframe, not the label "Year" and "2".
    const value = words[take] ?? '';
    const opens = /^\p{Lu}(?:\p{L}|$)/u.test(value) || (/^(?:\p{N}|Q\d)/u.test(value) && !/^year$/i.test(label));
    if (known && opens) return { label, value: words.slice(take).join(' ') };
  }
  return null;
}

/** Where a document runs three or more labels into their values, with two labels or more, they are fields. */
function joinRunInLabels(items: Item[]): Item[] {
  const found = items.map((item) => (item.kind === 'paragraph' && item.lines.length === 1 ? runInLabel(item.text) : null));
  const labels = new Set(found.flatMap((f) => (f ? [f.label.toLowerCase()] : [])));
  if (found.filter(Boolean).length < 3 || labels.size < 2) return items;
  return items.map((item, k) => {
    const f = found[k];
    if (!f) return item;
    const text = `${f.label}: ${f.value}`;
    return { ...item, text, lines: [text] };
  });
}

function joinBareLabels(items: Item[]): Item[] {
  const inLines = items.flatMap((item) => (item.kind === 'paragraph' ? item.lines.filter(isBareLabel) : []));
  const asBlocks = items.filter((item, k) => item.kind === 'paragraph' && isBareLabel(item.text) && items[k + 1]?.kind === 'paragraph');
  const labels = new Set([...inLines, ...asBlocks.map((i) => i.text)].map((l) => l.toLowerCase()));
  if (inLines.length + asBlocks.length < 3 || labels.size < 2) return items;
  const uses = new Map<string, number>();
  for (const label of [...inLines, ...asBlocks.map((i) => i.text)]) uses.set(label.toLowerCase(), (uses.get(label.toLowerCase()) ?? 0) + 1);
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const next = items[k + 1];
    // A label after a label is a header row of a flattened table, not a field; a label the
    // document repeats over every record is a field wherever it stands.
    const afterLabel = k > 0 && items[k - 1]!.kind === 'paragraph' && isBareLabel(items[k - 1]!.text) && (uses.get(item.text.toLowerCase()) ?? 0) < 3;
    // A label the document prints as a field everywhere else is one where a heading style took it.
    const labelBlock = item.kind === 'paragraph' || (item.kind === 'heading' && (uses.get(item.text.toLowerCase()) ?? 0) >= 3);
    if (labelBlock && isBareLabel(item.text) && !afterLabel && next?.kind === 'paragraph' && !isLabelLike(next.text)) {
      const lines = [`${item.text}: ${next.lines[0] ?? next.text}`, ...next.lines.slice(1)];
      out.push({ ...item, kind: 'paragraph', level: 0, text: flat(lines.join(' ')), lines });
      k++;
      continue;
    }
    if (item.kind === 'paragraph' && item.lines.some(isBareLabel)) {
      // A label on the last line takes its value from the next block (a page or column broke between them).
      const tail = item.lines[item.lines.length - 1]!;
      const carry = item.lines.length > 1 && isBareLabel(tail) && !isBareLabel(item.lines[item.lines.length - 2]!) && next?.kind === 'paragraph' && !isLabelLike(next.text);
      const source = carry ? [...item.lines, ...next.lines] : item.lines;
      if (carry) k++;
      const lines: string[] = [];
      for (let j = 0; j < source.length; j++) {
        const line = source[j]!;
        const value = source[j + 1];
        if (isBareLabel(line) && value !== undefined && !isLabelLike(value) && !(j > 0 && isBareLabel(source[j - 1]!))) {
          lines.push(`${line}: ${value}`);
          j++;
        } else lines.push(line);
      }
      out.push({ ...item, text: flat(lines.join(' ')), lines });
      continue;
    }
    out.push(item);
  }
  // Split again where the joined lines now open records, and renumber.
  const split: Item[] = [];
  for (const item of out) {
    if (item.kind === 'paragraph' && item.lines.length > 1 && item.lines.filter(opensRecord).length >= 2) {
      for (const line of item.lines) split.push({ ...item, text: line, lines: [line] });
    } else split.push(item);
  }
  return split.map((item, index) => ({ ...item, index }));
}

const headingLike = new WeakMap<Item, boolean>();

/** A short line that reads as a heading: no sentence end, few words. */
export function isHeadingLike(item: Item): boolean {
  let known = headingLike.get(item);
  if (known === undefined) {
    known = readsAsHeading(item);
    headingLike.set(item, known);
  }
  return known;
}

function readsAsHeading(item: Item): boolean {
  if (item.kind === 'heading') return true;
  if (item.kind !== 'paragraph') return false;
  if (item.lines.length > 3) return false;
  const words = item.text.split(' ').length;
  return words <= 12 && !/[.;,]$/.test(item.text);
}
