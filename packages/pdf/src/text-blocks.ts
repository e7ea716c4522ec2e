import type { BlockNode, ListItemNode, ParagraphNode } from '@tc/model';
import { union, type Box } from './geometry.ts';
import { joinLines, type TextLine } from './text-lines.ts';
import { pdfPosition } from './ticks.ts';
import { placeListItem, type OpenLists } from './text-lists.ts';

/** Lines grouped into a paragraph, before it is typed as heading, list item or paragraph. */
export interface LineGroup {
  lines: TextLine[];
  box: Box;
  size: number;
  bold: boolean;
}

const BULLET = /^([•◦▪▫■□●○‣⁃∙·\-–—*\uf0b7\uf0a7\uf076\uf0d8])\s*(.*)$/u;
const NUMBERED = /^(\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+(.*)$/;
/** Text this much larger than the body size is a heading (LibreOffice sets 12 pt headings over 10.5 pt text). */
export const HEADING_RATIO = 1.12;
/** Baseline pitch beyond this many em starts a new paragraph. */
const PARAGRAPH_PITCH_EM = 1.45;

/** Splits lines into paragraphs by pitch, size, weight and list markers. */
export function groupLines(lines: readonly TextLine[]): LineGroup[] {
  const groups: LineGroup[] = [];
  const right = Math.max(...lines.map((l) => l.box[2]));
  let current: TextLine[] = [];
  const flush = () => {
    if (current.length === 0) return;
    groups.push({
      lines: current,
      box: union(current.map((l) => l.box)),
      size: Math.max(...current.map((l) => l.size)),
      bold: current.every((l) => l.bold),
    });
    current = [];
  };
  const labelled = labelledStretches(lines);
  lines.forEach((line, i) => {
    const prev = current[current.length - 1];
    if (prev) {
      const pitch = line.baseline - prev.baseline;
      const ratio = line.size / prev.size;
      const split =
        pitch > PARAGRAPH_PITCH_EM * Math.max(line.size, prev.size) ||
        pitch <= 0 ||
        ratio < 0.87 ||
        ratio > 1.15 ||
        (!labelled[i] &&
          (line.bold !== prev.bold ||
            line.italic !== prev.italic ||
            // A line stopping far short of the measure ended its paragraph.
            (right - prev.box[2] > 8 * prev.size && /^[\p{Lu}\d¹²³⁴⁵⁶⁷⁸⁹⁰]/u.test(line.text)))) ||
        (listMarker(line.text) !== null && !dashCarriesOn(current, line));
      if (split) flush();
    }
    current.push(line);
  });
  flush();
  return groups;
}

/**
 * A dash opening a line is punctuation, not a bullet, when the sentence above runs on into it:
 * the line above ends without a stop, is no list item itself, and the dash line starts where it
 * starts ("… award plaque" / "– this will be in …", a line broken before a dash).
 */
function dashCarriesOn(current: readonly TextLine[], line: TextLine): boolean {
  const prev = current[current.length - 1];
  const first = current[0];
  if (!prev || !first || !/^[–—-]\s/u.test(line.text)) return false;
  return /[\p{L}\d)]$/u.test(prev.text) && listMarker(first.text) === null && Math.abs(line.box[0] - prev.box[0]) <= 2;
}

/**
 * Stretches of lines at one pitch and indent where short bold labels alternate with plain values
 * ("Lead" / "Faculty Technical Managers" / "By when" / "Q3 2024"): one paragraph with a line
 * break after each label, as a writer types it. True for each line that carries on such a
 * stretch; bold changes and short lines do not end a paragraph there.
 */
function labelledStretches(lines: readonly TextLine[]): boolean[] {
  const out = lines.map(() => false);
  // A label ending in a colon marks itself wherever it stands; only bare labels need the stretch.
  const label = (l: TextLine) => l.bold && l.text.split(' ').length <= 5 && l.text.length <= 40 && !/[.;,:]$/.test(l.text);
  for (let s = 0; s < lines.length; ) {
    const first = lines[s]!;
    let e = s;
    const pitch = lines[s + 1] ? lines[s + 1]!.baseline - first.baseline : 0;
    while (e + 1 < lines.length) {
      const a = lines[e]!;
      const b = lines[e + 1]!;
      const p = b.baseline - a.baseline;
      if (p <= 0 || p > PARAGRAPH_PITCH_EM * a.size || Math.abs(p - pitch) > 0.2 * a.size || Math.abs(b.size / a.size - 1) > 0.1 || Math.abs(b.box[0] - first.box[0]) > 2) break;
      e++;
    }
    // Two labels or more, each followed by a value (a page break may cut the last one off);
    // the stretch opens with a label unless two labels have their values (the rest of a record).
    let labels = 0;
    let pairs = 0;
    let bare = 0;
    for (let k = s; k <= e; k++) {
      if (!lines[k]!.bold) continue;
      if (!label(lines[k]!)) bare++;
      else if (k === e) labels++;
      else if (lines[k + 1]!.bold) bare++;
      else {
        labels++;
        pairs++;
      }
    }
    if (bare === 0 && labels >= 2 && (label(first) || pairs >= 2)) for (let k = s + 1; k <= e; k++) out[k] = true;
    s = e + 1;
  }
  return out;
}

export function listMarker(text: string): { marker: string; rest: string; ordered: boolean } | null {
  const bullet = BULLET.exec(text);
  // A rule of dashes ("--------") is a separator, not an item.
  if (bullet && /[\p{L}\d]/u.test(bullet[2] ?? '')) return { marker: bullet[1] as string, rest: bullet[2] as string, ordered: false };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { marker: numbered[1] as string, rest: numbered[2] as string, ordered: true };
  return null;
}

/** Adds runs' characters to a histogram of font sizes (half-point steps). */
export function countSizes(weight: Map<number, number>, items: Iterable<{ size: number; text: string }>): Map<number, number> {
  for (const l of items) {
    const key = Math.round(l.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + l.text.length);
  }
  return weight;
}

/** The size most characters are set in: the yardstick for headings. */
export function bodySize(weight: ReadonlyMap<number, number>): number {
  let best = 10;
  let most = -1;
  for (const [size, w] of weight) if (w > most) [best, most] = [size, w];
  return best;
}

/** Types line groups as headings (by size relative to the body, or short bold lines), lists and paragraphs. */
export function toBlocks(groups: readonly LineGroup[], page: number, body: number, headingSizes: readonly number[]): BlockNode[] {
  const out: BlockNode[] = [];
  const open: OpenLists = [];
  for (const g of groups) {
    const lines = g.lines.map((l) => l.text.replace(/\u00ad$/, ''));
    const text = joinLines(g.lines.map((l) => l.text));
    const raw = lines.join('\n');
    const position = pdfPosition(page, g.box);
    const marker = listMarker(lines[0] ?? '');
    if (marker) {
      const itemLines = [marker.rest, ...lines.slice(1)];
      const text = joinLines([marker.rest, ...g.lines.slice(1).map((l) => l.text)]);
      const paragraph: ParagraphNode = { type: 'paragraph', text, raw, lines: itemLines, position };
      const item: ListItemNode = { type: 'listItem', marker: marker.marker, checked: null, children: [paragraph], position };
      if (out[out.length - 1]?.type !== 'list') open.length = 0;
      placeListItem(out, open, item, marker.ordered, g.box[0], g.size, page, g.box);
      continue;
    }
    const big = g.size >= HEADING_RATIO * body;
    const boldHeading = g.bold && g.lines.length <= 2 && text.length <= 120 && !/[.,;:]$/.test(text);
    if ((big && text.length <= 200) || boldHeading) {
      const rank = headingSizes.findIndex((s) => g.size >= s - 0.25);
      const depth = big ? Math.min(6, Math.max(1, (rank === -1 ? headingSizes.length : rank) + 1)) : Math.min(6, headingSizes.length + 1);
      out.push({ type: 'heading', depth, text, raw, position });
      continue;
    }
    out.push({ type: 'paragraph', text, raw, lines, position });
  }
  return out;
}
