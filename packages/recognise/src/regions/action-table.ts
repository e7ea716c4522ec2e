import type { ActionTheme, TableNode, TableRowNode, ThemeId } from '@tc/model';
import { leadingThemeLabel, normaliseThemeLabel } from '@tc/themes';
import { addField, addTheme, mergeDraft, newDraft, type ActionDraft } from '../action-draft.ts';
import { isRef, isSubRef, leadingRef, normaliseRef } from '../fields/refs.ts';
import { themeList } from '../fields/theme-list.ts';
import { themeByDefinition, themesInText } from '../fields/theme-text.ts';
import { groupTheme } from '../fields/group-theme.ts';
import { isHeadingLike, type Item } from '../items.ts';
import { addDraft, consume, definePlanTheme, type Recognition } from '../recognition.ts';
import { isTicked, mapColumns, ownText, spannedText, type ColumnMap } from './table-columns.ts';

const mergedIntoParent = new WeakSet<ActionDraft>();

interface TableState {
  table: TableNode;
  map: ColumnMap;
  item: Item;
  layout: string;
  /** themes from a theme column, carried down the rows it spans */
  columnThemes: ThemeId[];
  /** theme of the current group row ("Theme: Recognition") */
  groupThemes: ThemeId[] | null;
  groupLabel: string | null;
  parent: ActionDraft | null;
  codedChildren: number;
  pending: Array<{ draft: ActionDraft; row: TableRowNode }>;
  last: ActionDraft | null;
  hasRefs: boolean;
}

function readThemeCell(r: Recognition, state: TableState, text: string): void {
  if (text.length === 0) return;
  const lead0 = themeList(text) ? null : leadingThemeLabel(text);
  // Free wording ("Mainly recognition, also visibility", "All four themes") where no label leads.
  const list = themeList(text) ?? (lead0 === null && text.length <= 80 ? (themesInText(text)?.themes ?? null) : null);
  if (list) {
    state.columnThemes = list;
    if (list.length === 1) definePlanTheme(r, list[0]!, text.replace(/:\s*$/, ''), null);
    return;
  }
  const lead = leadingThemeLabel(text);
  if (lead) {
    state.columnThemes = lead.label.kind === 'theme' ? [lead.label.theme] : [];
    if (lead.label.kind === 'theme') definePlanTheme(r, lead.label.theme, lead.labelText, lead.rest || null);
    return;
  }
  // The rest of a theme cell that a page break or a merged cell split: more of its definition.
  const current = state.columnThemes.length === 1 ? r.themes.find((t) => t.theme === state.columnThemes[0]) : undefined;
  if (current) current.definition = current.definition ? `${current.definition} ${text}` : text;
  else r.sections.push({ heading: null, text, theme: null, provenance: [], item: state.item.index });
}

/** Closes the current parent: one uncoded sub-row is the parent's own detail; several are children. */
function closeParent(state: TableState): void {
  const parent = state.parent;
  if (parent && state.pending.length === 1 && state.codedChildren === 0) {
    const only = state.pending[0]!.draft;
    mergeDraft(parent, only);
    mergedIntoParent.add(only);
  } else if (parent?.ref) {
    state.pending.forEach(({ draft }, k) => {
      draft.parentRef = parent.ref;
      draft.id = `${parent.ref}.${k + 1}`;
    });
  }
  state.pending = [];
  state.codedChildren = 0;
}

function rowThemes(state: TableState, row: TableRowNode): ActionTheme[] {
  const themes: ActionTheme[] = [];
  for (const [col, theme] of state.map.ticks) if (isTicked(row.cells[col])) themes.push({ theme, source: 'tick', confidence: 1 });
  for (const theme of state.columnThemes) themes.push({ theme, source: 'column', confidence: 1 });
  for (const theme of state.groupThemes ?? []) themes.push({ theme, source: 'section', confidence: 1 });
  return themes;
}

function readRow(r: Recognition, state: TableState, row: TableRowNode): void {
  const { map, table } = state;
  const texts = row.cells.map((c) => ownText(c));
  const filled = texts.flatMap((t, col) => (t.length > 0 && !map.ticks.has(col) ? [col] : []));
  const themeCol = map.roles.indexOf('theme');
  if (themeCol >= 0) readThemeCell(r, state, ownText(row.cells[themeCol]));
  const ticked = [...map.ticks.keys()].some((col) => isTicked(row.cells[col]));
  const content = filled.filter((col) => col !== themeCol);
  if (content.length === 0 && !ticked) return;

  // A row with a single cell of text that names a theme (or none) heads a group of rows.
  if (content.length === 1 && !ticked) {
    const text = texts[content[0]!]!;
    const lead = leadingThemeLabel(text);
    const whole = normaliseThemeLabel(text);
    const label = lead && lead.rest === '' ? lead.label : whole;
    if (label && !isRef(text)) {
      closeParent(state);
      state.parent = null;
      state.groupThemes = label.kind === 'theme' ? [label.theme] : [];
      state.groupLabel = lead?.labelText ?? text;
      if (label.kind === 'theme') definePlanTheme(r, label.theme, lead?.labelText ?? text, null);
      r.sections.push({ heading: text, text: '', theme: label.kind === 'theme' ? label.theme : null, provenance: row.position ? [row.position] : [], item: state.item.index });
      state.layout = 'workstream-table';
      return;
    }
    const role = map.roles[content[0]!];
    if (role !== 'title' && role !== 'ref' && role !== 'description') {
      r.sections.push({ heading: map.headers[content[0]!] || null, text, theme: null, provenance: row.position ? [row.position] : [], item: state.item.index });
      return;
    }
  }

  const draft = newDraft({ provenance: row.position ? [row.position] : [], themeless: state.groupThemes !== null && state.groupThemes.length === 0 });
  const refCol = map.roles.indexOf('ref');
  const refText = refCol >= 0 ? texts[refCol]! : '';
  let ref = isRef(refText) ? normaliseRef(refText) : null;
  for (const col of content) {
    const role = map.roles[col] ?? null;
    const value = role === 'timeframe' || role === 'owner' || role === 'status' ? spannedText(table, row.cells[col]) : texts[col]!;
    if (role === 'ref') {
      if (!ref) draft.extra[map.headers[col] || `column ${col + 1}`] = value;
      continue;
    }
    if (role === 'title' && !ref) {
      const lead = leadingRef(value);
      if (lead) {
        ref = lead.ref;
        addField(draft, 'title', lead.rest);
        continue;
      }
    }
    if (role === null || role === 'theme') draft.extra[map.headers[col] || `column ${col + 1}`] = value;
    else addField(draft, role, value);
  }
  // Spanned owner/timeframe cells that this row only covers still apply to it.
  for (const [col, role] of map.roles.entries()) {
    if ((role === 'timeframe' || role === 'owner' || role === 'status') && row.cells[col]?.mergedFrom) addField(draft, role, spannedText(table, row.cells[col]));
  }
  for (const theme of rowThemes(state, row)) addTheme(draft, theme.theme, theme.source, theme.confidence);
  const themeText = themeCol >= 0 ? ownText(row.cells[themeCol]) : '';
  if (themeText && themesInText(themeText)?.hedged) draft.hedgedThemes = themeText;

  if (draft.title.length === 0 && !ref && state.last) {
    // Text in other columns only: the rest of the row above, which a page break cut.
    mergeDraft(state.last, draft);
    return;
  }

  draft.ref = ref;
  if (ref) state.hasRefs = true;
  const parentRef = state.parent?.ref ?? null;
  if (ref && parentRef && isSubRef(parentRef, ref)) {
    draft.parentRef = parentRef;
    state.codedChildren++;
  } else if (ref) {
    closeParent(state);
    state.parent = draft;
  } else if (state.parent && state.hasRefs) {
    state.pending.push({ draft, row });
  }
  state.last = draft;
  addDraft(r, draft, state.layout, state.item.index, state.groupLabel);
}

/** The theme a heading just above the table names ("## Visibility", "Overarching actions"), if any. */
function themeOfHeadingAbove(r: Recognition, table: Item): { kind: 'theme'; theme: ThemeId; label: string } | { kind: 'none'; label: string } | null {
  for (let i = table.index - 1; i >= Math.max(0, table.index - 3); i--) {
    const item = r.items[i]!;
    if (item.kind === 'table') return null;
    // A heading may name the theme, or quote the Commitment's definition of it instead.
    if (item.kind !== 'heading' && !isHeadingLike(item) && themeByDefinition(item.text) === null) continue;
    const label = groupTheme(item.text);
    if (!label.found) return null;
    return label.theme ? { kind: 'theme', theme: label.theme, label: item.text } : { kind: 'none', label: item.text };
  }
  return null;
}

function describeColumns(map: ColumnMap): string {
  const parts = map.headers.map((header, col) => {
    const theme = map.ticks.get(col);
    const meaning = theme ? `ticks for ${theme}` : (map.roles[col] ?? 'extra');
    return `${header ? `"${header}"` : `column ${col + 1}`} → ${meaning}`;
  });
  return `table columns read as: ${parts.join('; ')}`;
}

function layoutOf(map: ColumnMap): string {
  if (map.ticks.size >= 2) return 'tick-grid';
  if (map.roles.includes('theme')) return 'theme-table';
  const known = map.roles.filter((x) => x !== null);
  if (known.length === 2 && known.includes('ref') && known.includes('title')) return 'overview-table';
  return 'action-table';
}

/** Reads every table whose header names action fields into action drafts. */
export function recogniseActionTables(r: Recognition): void {
  for (const item of r.items) {
    if (item.kind !== 'table' || !item.table || r.consumed.has(item.index)) continue;
    const map = mapColumns(item.table);
    if (!map) continue;
    consume(r, item.index);
    r.diagnostics.push({ severity: 'info', code: 'table-columns', message: describeColumns(map), at: item.position });
    const state: TableState = {
      table: item.table, map, item, layout: layoutOf(map), columnThemes: [], groupThemes: null, groupLabel: null,
      parent: null, codedChildren: 0, pending: [], last: null, hasRefs: false,
    };
    for (let row = 0; row < map.headerRow; row++) {
      const text = item.table.rows[row]!.cells.map((c) => ownText(c)).filter(Boolean).join(' | ');
      if (text) r.sections.push({ heading: null, text, theme: null, provenance: [], item: item.index });
    }
    const heading = themeOfHeadingAbove(r, item);
    if (heading && map.ticks.size === 0 && !map.roles.includes('theme')) {
      state.groupThemes = heading.kind === 'theme' ? [heading.theme] : [];
      state.groupLabel = heading.label;
    }
    const headerRow = item.table.rows[map.headerRow];
    const headerKey = headerRow ? headerRow.cells.map((c) => spannedText(item.table!, c)).join('\t') : null;
    item.table.rows.forEach((row, index) => {
      if (index <= map.headerRow) return;
      if (row.cells.map((c) => spannedText(item.table!, c)).join('\t') === headerKey) return;
      readRow(r, state, row);
    });
    closeParent(state);
    for (const entry of r.drafts) if (entry.item === item.index) entry.layout = state.layout;
  }
  r.drafts = r.drafts.filter((entry) => !mergedIntoParent.has(entry.draft));
}
