// The one field reader for records, whatever their anchor: the anchor's text gives the title (and
// any fields written inline), the blocks after it give labelled fields — label on its own line
// with the value below, "Label: value", several labels on one line, field bullets, a field table,
// a bracketed theme tag — and description.
import { addField, addTheme, type ActionDraft } from '../action-draft.ts';
import { fieldRole, type FieldRole } from '../fields/field-role.ts';
import { splitInlineLabels, type InlineField } from '../fields/inline-labels.ts';
import { LABEL_ONLY } from '../fields/section-heading.ts';
import { splitBracketThemes } from '../fields/bracket-themes.ts';
import { themesInText } from '../fields/theme-text.ts';
import { looksLikeDate } from '../fields/value-shapes.ts';
import type { Item } from '../items.ts';
import { applyFields, readFieldTable } from '../regions/field-tables.ts';

// "(Y1-3)", "(Year 2)", "(Years 1–2)", "(2025/26)" after a title: when the action falls.
const YEAR_CODES_INSIDE = /[([]\s*(Y(?:ears?|r)?\s*\d(?:\s*[-–/&]\s*\d)?)\s*[)\]]/gi;
const YEAR_CODE = /(?<!\s)\s*[([]((?:Y(?:ears?|r)?\s*\d(?:\s*[-–/&]\s*\d)?)|(?:20\d\d\s*[-–/]\s*(?:20)?\d\d))[)\]]\s*\.?$/i;
const DUE_IN_VALUE = /,\s*(?:due|by)\s+(.+)$/i;
// A dash set off by spaces; a date after it may hold dashes of its own ("– 2025–2026").
const SPACED_DASH = /\s[–—-]\s/g;

/** The text after the last spaced dash, when it is short enough to be a date, and where it starts. */
function trailingPart(text: string): { value: string; index: number } | null {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(SPACED_DASH)) last = m as RegExpExecArray;
  if (!last) return null;
  const value = text.slice(last.index + last[0].length).trim();
  return value.length >= 3 && value.length <= 40 ? { value, index: last.index } : null;
}
// A timeframe worth the name names a time: a year, a month, a term, a quarter, "ongoing", "year 2".
const NAMES_A_TIME = /\b(?:(?:19|20)\d\d|\d{1,2}\/\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]|spring|summer|autumn|winter|term|year|annual|ongoing|on-going|month|week|quarter|end of|tbc|immediate)/i;

/** Puts one labelled value into the draft, by the label's role. */
export function putField(draft: ActionDraft, label: string, role: FieldRole | null, value: string): void {
  const text = value.trim();
  if (text.length === 0) return;
  if (role === 'theme') {
    const found = themesInText(text);
    if (found) for (const theme of found.themes) addTheme(draft, theme, 'label');
    else draft.extra[label] = text;
    if (found?.hedged) draft.hedgedThemes = text;
    return;
  }
  if (role === 'owner') {
    const due = DUE_IN_VALUE.exec(text);
    if (due?.[1]) {
      addField(draft, 'owner', text.slice(0, due.index));
      addField(draft, 'timeframe', due[1]);
      return;
    }
  }
  if (role === null || role === 'ref') {
    draft.extra[label] = draft.extra[label] ? `${draft.extra[label]}\n${text}` : text;
    return;
  }
  // "Target: all new academics complete the induction": a label that can name a date, holding no time.
  if (role === 'timeframe' && !NAMES_A_TIME.test(text) && text.split(/\s+/).length >= 4) {
    addField(draft, 'measures', text);
    return;
  }
  addField(draft, role, text);
}

function putInline(draft: ActionDraft, fields: readonly InlineField[]): void {
  for (const f of fields) putField(draft, f.label, f.role, f.value);
}

/** Options of how a run's anchors split title from detail, decided once per run. */
export interface TitleRule {
  /** "Share expertise: bring together …": the words before the colon are the title */
  colonTitle: boolean;
}

/** Fills the title (and inline fields) from the anchor's text. */
export function readAnchorText(draft: ActionDraft, text: string, rule: TitleRule): void {
  // Themes in a bracket at the very end ("… (Lead: X; By: Y) [Visibility, Recognition]") come off first.
  const whole = splitBracketThemes(text);
  let { lead, fields } = splitInlineLabels(whole ? whole.text : text);
  putInline(draft, fields);
  const bracket = whole ?? splitBracketThemes(lead);
  if (bracket) {
    for (const theme of bracket.themes) addTheme(draft, theme, 'label');
    draft.extra['themes as printed'] = bracket.printed;
    if (!whole) lead = bracket.text;
  }
  // Several year codes through the text ("… lead (Y1), … applications (Y2) and … (Y1-3)"): all of them.
  const codes = [...lead.matchAll(YEAR_CODES_INSIDE)].map((m) => m[1]!.replace(/\s+/g, ''));
  const year = YEAR_CODE.exec(lead);
  if (year?.[1]) {
    addField(draft, 'timeframe', codes.length >= 2 ? [...new Set(codes)].join('; ') : year[1]);
    lead = lead.slice(0, year.index).trim();
  }
  // "Create an apprenticeship scheme – February 2025": a date set off at the end is when.
  const dash = trailingPart(lead);
  if (dash && looksLikeDate(dash.value)) {
    addField(draft, 'timeframe', dash.value);
    lead = lead.slice(0, dash.index).trim();
  }
  const colon = rule.colonTitle ? colonTitle(lead) : null;
  if (colon) {
    draft.title = colon.title;
    draft.description.push(colon.detail);
    return;
  }
  const sentences = splitFirstSentence(lead);
  draft.title = sentences.first;
  if (sentences.rest) draft.description.push(sentences.rest);
}

/** "Share expertise: bring together …" → title and detail, when the head is short and no field label. */
export function colonTitle(text: string): { title: string; detail: string } | null {
  const at = text.indexOf(':');
  if (at <= 0) return null;
  const head = text.slice(0, at).trim();
  const detail = text.slice(at + 1).trim();
  if (head.split(/\s+/).length > 8 || detail.split(/\s+/).length < 3 || fieldRole(head) !== null) return null;
  return { title: head, detail };
}

// A title followed by sentences of detail: the first sentence is the title when it is short.
function splitFirstSentence(text: string): { first: string; rest: string | null } {
  const m = /^(.{8,140}?[a-z0-9)])\.\s+(?=[A-Z])/.exec(text);
  if (!m?.[1] || m[1].split(/\s+/).length > 16) return { first: text.trim(), rest: null };
  return { first: m[1].trim(), rest: text.slice(m[0].length).trim() || null };
}

/** How often each label was read, by label as printed: for the diagnostic that names them. */
export type LabelUse = Map<string, { role: string; count: number }>;

function countLabel(labels: LabelUse | undefined, label: string, role: FieldRole | null): void {
  if (!labels) return;
  const seen = labels.get(label);
  if (seen) seen.count++;
  else labels.set(label, { role: role ?? 'extra', count: 1 });
}

/**
 * Reads the blocks of a record after its anchor. A label on its own ("Success measure:") takes
 * the blocks after it until the next label; other text is description.
 */
export function readBody(draft: ActionDraft, body: readonly Item[], labels?: LabelUse): void {
  let pending: { label: string; role: FieldRole | null } | null = null;
  for (const item of body) {
    if (item.kind === 'table') {
      const fields = item.table ? readFieldTable(item.table) : null;
      if (fields) applyFields(draft, fields);
      pending = null;
      continue;
    }
    if (item.kind === 'symbol') continue;
    const only = LABEL_ONLY.exec(item.text);
    if (only?.[1] && fieldRole(only[1]) !== null) {
      pending = { label: only[1], role: fieldRole(only[1]) };
      countLabel(labels, only[1], pending.role);
      continue;
    }
    const { lead, fields } = splitInlineLabels(item.text);
    if (fields.length > 0 && lead.length === 0) {
      putInline(draft, fields);
      for (const f of fields) countLabel(labels, f.label, f.role);
      pending = null;
      continue;
    }
    if (pending) {
      putField(draft, pending.label, pending.role, item.text);
      continue;
    }
    if (fields.length > 0) putInline(draft, fields);
    if (lead) addField(draft, 'description', lead);
  }
}
