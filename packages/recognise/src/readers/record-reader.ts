// The record reader: for every kind of anchor, every run of records is a proposal. Whether a run is
// a plan's actions is left to the scorer (action-likeness of the titles, fields, refs that count,
// and what introduces the run), so a list is read as actions whatever introduces it, and a list of
// needs or achievements in the same style is not.
import type { ThemeId } from '@tc/model';
import { actionLikeness } from '../action-likeness.ts';
import { addTheme, newDraft } from '../action-draft.ts';
import { fieldRole } from '../fields/field-role.ts';
import { splitInlineLabels } from '../fields/inline-labels.ts';
import { LABEL_ONLY } from '../fields/section-heading.ts';
import { colonTitle, readAnchorText, readBody, type LabelUse, type TitleRule } from './record-fields.ts';
import { groupTheme } from '../fields/group-theme.ts';
import { isHeadingLike, type Item } from '../items.ts';
import type { Proposal } from '../readings/reading.ts';
import { positions, type Recognition } from '../recognition.ts';
import { anchorOf, definesTheme, type Anchor } from './anchors.ts';
import { recordRuns, type Run } from './record-runs.ts';

const PLAN_TITLE = /\b(?:action plan|technician commitment)\b/i;
const ACTIONS_WORDS = /\b(?:actions?|objectives?|commitments?|committed to|priorities|what we will do|we will|we commit|will:|intend to|aims?|goals?|targets?|activit(?:y|ies)|steps|deliverables|initiatives|year (?:one|two|three|four|[1-5])|next steps|plans for)\b/i;
const NOT_ACTIONS_WORDS = /\b(?:need|needs|achieved|achievements|so far|last year|to date|members|membership|why|benefits?|highlights|attendees|apologies|contents|criteria|responsibilities|duties|requirements|cover|agenda|topics|align\w*|goals of|aims of)\b/i;

/** What the blocks just before a run say about it: a theme (heading, bare word, definition) and whether they introduce actions. */
interface Introduction {
  theme: ThemeId | null;
  /** the heading names no theme on purpose ("Overarching", "Evaluating impact") */
  themeless: boolean;
  group: string | null;
  /** +1 introduces actions, −1 introduces something else, 0 says nothing */
  says: number;
  /** the introduction says "actions" (or objectives, "we will" …) in so many words */
  explicit: boolean;
  /** the heading or lead-in that introduces the run, kept as its section */
  head: Item | null;
}

function introduction(r: Recognition, first: Item): Introduction {
  const out: Introduction = { theme: null, themeless: false, group: null, says: 0, explicit: false, head: null };
  for (let i = first.index - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const item = r.items[i]!;
    if (item.kind === 'table' || item.kind === 'listItem') break;
    const named = groupTheme(item.text);
    // The plan's own title says "action plan"; it introduces the whole document, not this run.
    // So does any title line that names the plan ("Technician Commitment Action Plan 2022–2026").
    const planTitle = (i === r.context.titleItem && /\bplan\b/i.test(item.text)) || (isHeadingLike(item) && !item.text.trim().endsWith(':') && PLAN_TITLE.test(item.text));
    // A theme named, or quoted by its definition, introduces what follows as that theme's.
    const introduces = !planTitle && (item.text.trim().endsWith(':') || item.kind === 'heading' || isHeadingLike(item) || named.theme !== null);
    // Only the block right before the run, or a heading over it, speaks for what the run is.
    if (seen === 0 || (introduces && out.says === 0 && out.head === null)) {
      if (introduces) {
        const field = LABEL_ONLY.exec(item.text)?.[1];
        const role = field ? fieldRole(field) : null;
        // "Supporting actions required:" names a field of the record above; what follows is its value.
        if (item.text.trim().endsWith('?') || NOT_ACTIONS_WORDS.test(item.text) || (role !== null && role !== 'title')) out.says = -1;
        else if (ACTIONS_WORDS.test(item.text) || named.theme !== null) out.says = 1;
        out.explicit = out.says === 1 && ACTIONS_WORDS.test(item.text);
        if (out.says !== 0 && isHeadingLike(item)) out.head = item;
      } else if (seen === 0) {
        // Narrative right before the run says nothing for it; a theme heading above may still name its theme.
        out.head = item;
      }
    }
    if (named.found) {
      out.theme = named.theme;
      out.themeless = named.themeless;
      out.group = named.theme ?? (named.themeless ? 'overarching' : null);
      // "We are committed to:" over theme words, each over its actions: the lead-in speaks for them.
      const above = seen === 0 && isHeadingLike(item) && item.lines.length <= 2 ? r.items[i - 1] : undefined;
      if (above && above.kind === 'paragraph' && above.text.trim().endsWith(':') && ACTIONS_WORDS.test(above.text) && !NOT_ACTIONS_WORDS.test(above.text)) {
        out.says = 1;
        out.explicit = true;
      }
      break;
    }
    if (item.kind === 'heading') break;
  }
  if (out.head && out.says === 0) out.head = null;
  return out;
}

const FAMILY_STRENGTH: Record<Anchor['family'], number> = { list: 0.45, heading: 0.45, ref: 0.55, label: 0.65, bullet: 0.4, paragraph: 0.15 };

/**
 * Where most records of a run carry fields, a record at either end with none that reads as no
 * action ("1. Introduction" before "2. Create …  Owner: …") is not one of them (DEPTA's seed
 * alignment, reduced to the ends of the run).
 */
function trimEdges(run: Run): Run {
  const records = [...run.records];
  const hasFields = (rec: Run['records'][number]): boolean =>
    splitInlineLabels(rec.anchor.text).fields.length > 0 || rec.body.some((b) => b.kind === 'table' || splitInlineLabels(b.text).fields.length > 0 || LABEL_ONLY.test(b.text));
  const outlier = (rec: Run['records'][number]): boolean => {
    const others = records.filter((x) => x !== rec);
    return others.length >= 2 && others.filter(hasFields).length >= 0.6 * others.length && !hasFields(rec) && actionLikeness(rec.anchor.text) < 0.5;
  };
  while (records.length > 2 && outlier(records[0]!)) records.shift();
  while (records.length > 2 && outlier(records[records.length - 1]!)) records.pop();
  // Two lists run together where the numbering starts again ("Why get involved?" 1–3, then the
  // actions 1–12): a part with no fields before or after a part whose records mostly have them is
  // another list.
  const restarts = records.flatMap((rec, k) => (k > 0 && rec.anchor.ref !== null && rec.anchor.ref === records[0]!.anchor.ref ? [k] : []));
  const fieldShare = (part: Run['records']): number => part.filter(hasFields).length / part.length;
  for (const k of restarts) {
    const before = records.slice(0, k);
    const after = records.slice(k);
    if (fieldShare(before) === 0 && fieldShare(after) >= 0.6) return { ...run, records: after };
    if (fieldShare(after) === 0 && fieldShare(before) >= 0.6) return { ...run, records: before };
  }
  return { ...run, records };
}

// Words by which a document says it is an action plan at all.
const PLAN_WORDS = /\b(?:actions?|commitments?|objectives?|visibility|recognition|career development|sustainability|we will|timescales?|milestones?)\b/gi;
// Naming itself outright counts for more.
const PLAN_NAMES = /\b(?:action plan|technician commitment)\b/gi;

/** How much the document as a whole says it is a plan: 0 (not at all) to 1. */
export function planness(r: Recognition): number {
  // A short document needs fewer words to say so than a long one.
  const enough = Math.max(2, Math.min(6, r.items.length / 3));
  let count = 0;
  for (const item of r.items) {
    const text = item.kind === 'table' ? (item.table?.rows.slice(0, 2).flatMap((row) => row.cells.map((c) => c.text)).join(' ') ?? '') : item.text;
    count += (text.match(PLAN_WORDS)?.length ?? 0) + 2 * (text.match(PLAN_NAMES)?.length ?? 0);
    if (count >= enough) return 1;
  }
  return count / enough;
}

function proposeRun(r: Recognition, whole: Run, plan: number): Proposal | null {
  const run = trimEdges(whole);
  // A record holds one field table at most; a heading over several is a heading over a run of them.
  if (run.records.some((rec) => rec.body.filter((b) => b.kind === 'table').length > 1)) return null;
  // Headings over numbered sub-items ("Objective 1" over 1.1, 1.2) head groups of records, not records.
  const grouping = run.records.filter((rec) => rec.body.filter((b) => anchorOf(b)?.ref).length >= 2).length;
  if (run.records[0]!.anchor.family === 'heading' && grouping * 2 >= run.records.length) return null;
  // Fields printed before the first anchor are its record's; the introduction comes before them.
  const opening = run.records[0]!;
  const intro = introduction(r, [opening.anchor.item, ...opening.body].reduce((a, b) => (b.index < a.index ? b : a)));
  // Plain paragraphs are actions only where something introduces them as such.
  // Plain paragraphs are actions where an introduction says so, or where most carry their own fields.
  const withFields = run.records.filter((rec) => splitInlineLabels(rec.anchor.text).fields.length > 0).length;
  if (run.records[0]!.anchor.family === 'paragraph' && !intro.explicit && withFields * 2 < run.records.length) return null;
  // A list of the themes with their definitions is the plan's key to its themes (narrative keeps it).
  const definitions = run.records.filter(({ anchor }) => definesTheme(anchor.item)).length;
  if (definitions * 2 >= run.records.length) return null;
  const colonShare = run.records.filter((rec) => colonTitle(rec.anchor.text) !== null).length / run.records.length;
  const rule: TitleRule = { colonTitle: colonShare >= 0.6 && run.records.length >= 2 };
  const drafts: Recognition['drafts'] = [];
  const claims: number[] = [];
  const sections: Recognition['sections'] = [];
  const labels: LabelUse = new Map();
  const diagnostics: Recognition['diagnostics'] = [];
  let theme = intro.theme;
  let group = intro.group;
  let themeless = intro.themeless;
  run.records.forEach(({ anchor, body }, k) => {
    // A group label between records (refs that run on across headings) sets the theme from there on.
    {
      for (const item of run.records[k]!.groupsBefore ?? []) {
        if (k === 0 && intro.head?.index === item.index) continue;
        const label = groupTheme(item.text);
        theme = label.theme;
        themeless = label.themeless;
        group = label.theme ?? group;
        claims.push(item.index);
        sections.push({ heading: item.text, text: '', theme, provenance: positions([item]), item: item.index });
      }
    }
    const draft = newDraft({ ref: anchor.ref, provenance: positions([anchor.item, ...body]), themeless });
    // "Action 3" alone: the title is the first plain block after it.
    const titleBlock = anchor.text.length === 0 ? body.find((b) => (b.kind === 'paragraph' || b.kind === 'heading') && splitInlineLabels(b.text).fields.length === 0 && !LABEL_ONLY.test(b.text)) : undefined;
    readAnchorText(draft, titleBlock ? titleBlock.text : anchor.text, rule);
    readBody(draft, body.filter((b) => b !== titleBlock), labels);
    if (theme) addTheme(draft, theme, 'section');
    drafts.push({ draft, layout: layoutName(anchor), item: anchor.item.index, group });
    claims.push(anchor.item.index, ...body.map((b) => b.index));
  });
  // An introduction that says "actions" in so many words is stronger evidence than a theme heading.
  const said = intro.explicit ? 0.5 : 0.35 * intro.says;
  // In a document that never says it is a plan, a list is a plan's actions only on strong evidence.
  const structure = Math.max(0, Math.min(1, FAMILY_STRENGTH[run.records[0]!.anchor.family] + said - 0.5 * (1 - plan)));
  // The heading that introduces the actions is kept as their section, as printed.
  if (!sections.some((x) => x.item === intro.head?.index) && intro.head && intro.says > 0 && intro.head.index !== r.context.titleItem && !r.consumed.has(intro.head.index)) {
    sections.push({ heading: intro.head.text, text: '', theme: intro.theme, provenance: positions([intro.head]), item: intro.head.index });
    claims.push(intro.head.index);
  }
  const first = run.records[0]!.anchor;
  if (first.refShape === 'keyword' && run.records.length >= 2) {
    const word = /^\S+/.exec(first.item.text)?.[0] ?? 'Action';
    const list = [...labels].map(([text, { role, count }]) => `"${text}" → ${role} (${count}×)`);
    diagnostics.push({ severity: 'info', code: 'section-labels', message: `${run.records.length} "${word} N" sections read; labels: ${list.join('; ') || 'none'}`, at: first.item.position });
  }
  // A document that never says it is a plan (a programme, an advert) has lists of its own.
  const prior = 0.6 + 0.4 * plan;
  return { reader: `records:${run.key}`, claims: [...new Set(claims)].sort((a, b) => a - b), drafts, sections, themes: [], diagnostics, structure, prior };
}

function layoutName(anchor: Anchor): string {
  // "Action 3", "Objective 2.1": a section per action.
  if (anchor.refShape === 'keyword') return 'sections';
  const names: Record<Anchor['family'], string> = { list: 'list', heading: 'headed-records', ref: 'ref-records', label: 'labelled-records', bullet: 'list', paragraph: 'list' };
  return names[anchor.family];
}

/** Every run of records the document holds, each as a proposal. */
export function proposeRecords(r: Recognition): Proposal[] {
  const anchors = r.items.flatMap((item) => {
    if (r.consumed.has(item.index) || item.index === r.context.titleItem) return [];
    const anchor = anchorOf(item);
    return anchor ? [anchor] : [];
  });
  const taken = new Set([...r.consumed, ...(r.context.titleItem === null ? [] : [r.context.titleItem])]);
  const plan = planness(r);
  return recordRuns(r.items, anchors, taken).flatMap((run) => proposeRun(r, run, plan) ?? []);
}
