// Runs of records: anchors of one key, in order, with nothing between them that closes the run
// (a heading above them, a table, a theme word or lead-in line, a shallower list item). Each
// record is its anchor plus the blocks up to the next anchor; the last record takes only the
// blocks that read as its own (fields, deeper items, a little detail for headed records).
import { fieldRole, normaliseHeader } from '../fields/field-role.ts';
import { LABEL_INLINE, LABEL_ONLY } from '../fields/section-heading.ts';
import { isHeadingLike, type Item } from '../items.ts';
import { groupTheme } from '../fields/group-theme.ts';
import { readFieldTable } from '../regions/field-tables.ts';
import { anchorOf, definesTheme, type Anchor } from './anchors.ts';

export interface RecordSpan {
  anchor: Anchor;
  body: Item[];
  /** group labels printed just before this record (a theme heading between records) */
  groupsBefore?: Item[];
  /** anchors of this run's kind that were field lines, taken into the body */
  fieldAnchors?: number;
}

export interface Run {
  key: string;
  records: RecordSpan[];
}

/** The field label a line opens with ("Owner: …", "Success measure:"), the title field aside; or null. */
function fieldLabelOf(text: string): string | null {
  const label = (LABEL_ONLY.exec(text) ?? LABEL_INLINE.exec(text))?.[1];
  const role = label ? fieldRole(label) : null;
  return label && role !== null && role !== 'title' ? label : null;
}

function isFieldLine(item: Item): boolean {
  return fieldLabelOf(item.text) !== null;
}

// Refs that carry their own grouping (1.1, V1a, CD2, HU-01, "Objective 2.1") run on across the
// group headings between them.
const GROUPING_REFS = new Set(['dotted', 'number-letter', 'code', 'dash-code', 'keyword']);

/** A short paragraph that reads as a heading and is no field or record of its own. */
function isShortLabel(item: Item): boolean {
  return item.kind === 'paragraph' && item.lines.length <= 2 && item.text.split(' ').length <= 8 && isHeadingLike(item) && !isFieldLine(item) && anchorOf(item) === null;
}

/** A heading (or heading-like line) between records whose refs group them: the group's label. */
export function isGroupLabel(anchor: Anchor, item: Item): boolean {
  // Over headed records or plain paragraphs, a short line that names a theme ("Recognition")
  // heads a group, whatever the refs.
  if ((anchor.family === 'heading' || anchor.family === 'paragraph') && isShortLabel(item) && groupTheme(item.text).found) return true;
  if (anchor.family !== 'ref' && anchor.family !== 'list' && anchor.family !== 'heading') return false;
  if (!anchor.refShape || !GROUPING_REFS.has(anchor.refShape)) return false;
  // "2. Widen access …" before "2.1 …": the group the numbered records belong to, however printed.
  const own = item.kind === 'listItem' || item.kind === 'paragraph' || item.kind === 'heading' ? anchorOf(item) : null;
  if (own?.ref && anchor.ref && own.ref !== anchor.ref && anchor.ref.startsWith(`${own.ref}.`)) return true;
  // Over headed records, only a heading above their level, or a short line that names a group.
  if (anchor.family === 'heading') {
    if (item.kind === 'heading') return item.level < anchor.item.level;
    return isShortLabel(item);
  }
  return item.kind === 'heading' || (item.kind === 'paragraph' && (isHeadingLike(item) || definesTheme(item)) && !isFieldLine(item));
}

/** Whether `item`, lying between two anchors of `anchor`'s key, ends the run. */
function closesRun(anchor: Anchor, item: Item, between = false): boolean {
  if (between && isGroupLabel(anchor, item)) return false;
  // A rule of dashes between records separates them; it ends nothing.
  if (item.kind === 'paragraph' && /^[-_=*~·.•\s]{3,}$/.test(item.text)) return false;
  if (item.kind === 'heading') {
    if (anchor.family !== 'heading') return true;
    return item.level <= anchor.item.level;
  }
  if (item.kind === 'table') return anchor.family === 'list' || anchor.family === 'bullet' || !item.table || readFieldTable(item.table) === null;
  if (item.kind === 'listItem' && anchor.family === 'list') return item.depth < anchor.item.depth;
  if (item.kind === 'listItem' && anchor.family === 'paragraph') return true;
  if (item.kind === 'paragraph' && anchor.family !== 'heading' && ((isHeadingLike(item) && !isFieldLine(item)) || definesTheme(item))) return true;
  return false;
}

/** Blocks after the last anchor of a run that still belong to its record. */
function tail(anchor: Anchor, items: readonly Item[], from: number, stop: ReadonlySet<number>): Item[] {
  const out: Item[] = [];
  // "Action 3" on its own: its section runs on to the next heading or table, as the others did.
  if (anchor.refShape === 'keyword') {
    for (let i = from; i < items.length && out.length < 15; i++) {
      const item = items[i]!;
      const heading = item.kind === 'heading' && (anchor.family !== 'heading' || item.level <= anchor.item.level);
      if (stop.has(i) || heading || (item.kind === 'table' && (!item.table || readFieldTable(item.table) === null))) break;
      out.push(item);
    }
    return out;
  }
  let prose = 0;
  for (let i = from; i < items.length && out.length < 12; i++) {
    const item = items[i]!;
    if (stop.has(i) || closesRun(anchor, item)) break;
    if (item.kind === 'listItem' && anchor.family === 'list' && item.depth > anchor.item.depth) out.push(item);
    else if (item.kind === 'listItem' && anchor.family !== 'list' && (item.depth > 0 || anchor.family === 'ref' || anchor.family === 'heading' || anchor.family === 'label')) out.push(item);
    else if ((item.kind === 'paragraph' || item.kind === 'listItem') && isFieldLine(item)) out.push(item);
    // An empty item that only holds the nested field bullets (as Word lists them) passes them on.
    else if (item.kind === 'listItem' && item.text.length === 0) out.push(item);
    else if (item.kind === 'table' && anchor.family !== 'list') out.push(item);
    else if (item.kind === 'paragraph' && prose < 2) {
      prose++;
      out.push(item);
    } else break;
  }
  // Under a list item, a paragraph is its detail only where the item's own fields follow it.
  if (anchor.family === 'list' || anchor.family === 'bullet' || anchor.family === 'paragraph') {
    while (out.length > 0 && out[out.length - 1]!.kind === 'paragraph' && !isFieldLine(out[out.length - 1]!)) out.pop();
  }
  return out;
}

/**
 * Splits the anchors of each key into runs. `taken` holds blocks read before (the key of a plan,
 * its title); they are never part of a record.
 */
export function recordRuns(items: readonly Item[], anchors: readonly Anchor[], taken: ReadonlySet<number>): Run[] {
  const byKey = new Map<string, Anchor[]>();
  for (const a of anchors) {
    const list = byKey.get(a.key) ?? [];
    list.push(a);
    byKey.set(a.key, list);
  }
  const runs: Run[] = [];
  for (const [key, list] of byKey) {
    const anchorAt = new Set(list.filter((a) => a.family === 'label' || !isFieldLine(a.item)).map((a) => a.item.index));
    let current: RecordSpan[] = [];
    const close = (): void => {
      if (current.length === 0) return;
      // A group label right before the first record (the first theme heading) is the run's too.
      const first = current[0]!;
      if (!first.groupsBefore) {
        const before: Item[] = [];
        for (let i = first.anchor.item.index - 1; i >= 0 && before.length < 2; i--) {
          const item = items[i]!;
          if (taken.has(i) || !isGroupLabel(first.anchor, item)) break;
          before.unshift(item);
        }
        first.groupsBefore = before;
      }
      const last = current[current.length - 1]!;
      last.body = tail(last.anchor, items, last.anchor.item.index + 1, new Set([...taken, ...anchorAt]));
      attachLeadingFields(current, items, taken);
      runs.push({ key, records: current });
      current = [];
    };
    for (const anchor of list) {
      const prev = current[current.length - 1];
      // "- Lead: HR" in the same bullet style as the actions (the nesting lost, as in a PDF): a
      // field of the record before it, not a record.
      if (anchor.family !== 'label' && isFieldLine(anchor.item)) {
        if (prev) {
          const between = items.slice(prev.anchor.item.index + 1, anchor.item.index + 1);
          if (!between.slice(0, -1).some((item) => closesRun(anchor, item))) {
            prev.body = between.filter((item) => !taken.has(item.index));
            prev.fieldAnchors = (prev.fieldAnchors ?? 0) + 1;
            continue;
          }
        }
        continue;
      }
      if (prev) {
        const between = items.slice(prev.anchor.item.index + 1, anchor.item.index);
        if (between.some((item) => closesRun(anchor, item, true))) close();
        else {
          const { body, groups } = splitGroupLabels(anchor, between.filter((item) => !taken.has(item.index) && (isGroupLabel(anchor, item) || !isForeignAnchor(item, anchors, anchor))));
          prev.body = body;
          current.push({ anchor, body: [], groupsBefore: groups });
          continue;
        }
      }
      current.push({ anchor, body: [] });
    }
    close();
  }
  return runs;
}

/**
 * The blocks between two records: the body of the first, then any group labels just before the
 * second. Lines right after a label on its own ("Commitment areas:" / "Visibility") are its values.
 */
function splitGroupLabels(anchor: Anchor, between: Item[]): { body: Item[]; groups: Item[] } {
  let k = between.length;
  while (k > 0 && isGroupLabel(anchor, between[k - 1]!)) k--;
  if (k === between.length) return { body: between, groups: [] };
  const before = between[k - 1];
  if (before && (LABEL_ONLY.test(before.text) || (before.kind === 'paragraph' && isFieldLine(before) && /:\s*$/.test(before.text)))) return { body: between, groups: [] };
  return { body: between.slice(0, k), groups: between.slice(k) };
}

// Between two records of one kind, a heading anchor of another kind at their level or above is
// not body; a heading below their level (a record's own title or sub-heading) is.
function isForeignAnchor(item: Item, anchors: readonly Anchor[], anchor: Anchor): boolean {
  const a = anchors.find((x) => x.item.index === item.index);
  if (a === undefined || a.key === anchor.key || a.family !== 'heading') return false;
  return anchor.family !== 'heading' || item.level <= anchor.item.level;
}

/** The field a line names ("Strand: Visibility" → "strand"), the title field aside; or null. */
function fieldLabel(item: Item): string | null {
  if (item.kind !== 'paragraph' && item.kind !== 'listItem') return null;
  const label = fieldLabelOf(item.text);
  return label === null ? null : normaliseHeader(label);
}

/** Field lines printed right before an anchor, after `floor`. */
function leadingFields(items: readonly Item[], at: number, floor: number, taken: ReadonlySet<number>): Item[] {
  const out: Item[] = [];
  for (let i = at - 1; i > floor && out.length < 3; i--) {
    if (taken.has(i) || fieldLabel(items[i]!) === null) break;
    out.unshift(items[i]!);
  }
  return out;
}

/**
 * Field lines printed before a record's anchor ("Strand: X" then "What: Y"). Where most records
 * open so (the first among them), the lines are the record's own, not the end of the record before it. Where only some
 * do and they name a theme, the first record among them, they are group labels: "Theme:
 * Recognition" over the records that follow it.
 */
function attachLeadingFields(records: RecordSpan[], items: readonly Item[], taken: ReadonlySet<number>): void {
  if (records.length < 2) return;
  // Only records made of labels print their own fields before their title.
  const labelled = records[0]!.anchor.family === 'label';
  const leads = records.map((rec, k) => leadingFields(items, rec.anchor.item.index, k === 0 ? -1 : records[k - 1]!.anchor.item.index, taken));
  const counts = new Map<string, number>();
  for (const lead of leads) for (const label of new Set(lead.map(fieldLabel))) counts.set(label!, (counts.get(label!) ?? 0) + 1);
  // The first record's lead is unambiguous: nothing comes before it but the introduction.
  const first = new Set(leads[0]!.map(fieldLabel));
  const own = new Set([...counts].filter(([label, n]) => labelled && first.has(label) && n >= 0.75 * records.length).map(([label]) => label));
  const group = new Set([...counts].filter(([label, n]) => !own.has(label) && first.has(label) && n >= 2 && fieldRole(label) === 'theme').map(([label]) => label));
  records.forEach((rec, k) => {
    const lead = leads[k]!;
    // Only the lines next to the anchor that carry a moving label move.
    let from = lead.length;
    while (from > 0 && (own.has(fieldLabel(lead[from - 1]!)!) || group.has(fieldLabel(lead[from - 1]!)!))) from--;
    const moving = lead.slice(from);
    if (moving.length === 0) return;
    const prev = records[k - 1];
    if (prev) prev.body = prev.body.filter((b) => !moving.includes(b));
    const mine = moving.filter((b) => own.has(fieldLabel(b)!));
    const groups = moving.filter((b) => group.has(fieldLabel(b)!));
    rec.body = [...mine, ...rec.body];
    if (groups.length > 0) rec.groupsBefore = [...(rec.groupsBefore ?? []), ...groups];
  });
}
