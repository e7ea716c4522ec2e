// A table flattened into text, as web pages give them when copied: every cell its own block (or
// line), the column labels first — "Action", "Lead", "Date", "Theme", then the cells row by row.
// Empty cells print nothing, so cells are placed by what they look like: each goes to the next
// column it fits, and a cell that fits none of the columns left in the row starts the next row.
import { actionLikeness } from '../action-likeness.ts';
import { newDraft, type ActionDraft } from '../action-draft.ts';
import { fieldRole, isKnownLabel, type FieldRole } from '../fields/field-role.ts';
import { readLeadingRef, readMarkerRef } from '../fields/ref-grammar.ts';
import { themeByDefinition, themesInText } from '../fields/theme-text.ts';
import { looksLikeDate, looksLikeOwner, looksLikeStatus } from '../fields/value-shapes.ts';
import type { PlanTheme } from '@tc/model';
import type { Item } from '../items.ts';
import type { Proposal } from '../readings/reading.ts';
import { positions, type Recognition } from '../recognition.ts';
import { putField } from './record-fields.ts';

interface Cell {
  text: string;
  item: Item;
}

const label = (text: string): FieldRole | null => {
  const bare = text.replace(/:\s*$/, '').trim();
  return bare.length <= 40 && bare.split(/\s+/).length <= 5 && (isKnownLabel(bare) || fieldRole(bare) !== null) ? fieldRole(bare) : null;
};

function isRefCell(text: string): boolean {
  if (readMarkerRef(text.replace(/[.)]$/, ''))) return true;
  const lead = readLeadingRef(`${text} x`);
  return lead !== null && lead.rest === 'x';
}

/** How well a cell's text fits a column of `role`: 0 not at all, up to 1. */
export function fit(role: FieldRole, text: string): number {
  const words = text.split(/\s+/).length;
  const fits: Record<FieldRole, () => number> = {
    ref: () => (isRefCell(text) ? 1 : 0),
    title: () => (words >= 3 && !isRefCell(text) && !looksLikeDate(text) && !looksLikeStatus(text) && !themesInText(text) && themeByDefinition(text) === null ? (actionLikeness(text) >= 0.5 ? 1 : 0.6) : 0),
    description: () => (words >= 4 ? 0.7 : 0),
    measures: () => (words >= 3 ? 0.6 : 0),
    supporting: () => (words >= 4 ? 0.5 : 0),
    comments: () => (words >= 2 ? 0.4 : 0),
    timeframe: () => (looksLikeDate(text) || /\b(?:20\d\d|19\d\d|q[1-4]|year \d|ongoing)\b/i.test(text) ? 1 : 0),
    owner: () => (looksLikeOwner(text, words) ? (words <= 8 ? 0.9 : 0.5) : words <= 6 && /^[A-Z]/.test(text) && !looksLikeDate(text) && !themesInText(text) ? 0.4 : 0),
    theme: () => (themesInText(text) ? 1 : 0),
    status: () => (looksLikeStatus(text) ? 1 : 0),
  };
  return fits[role]();
}

/**
 * The cells of a header run's table, placed into rows: the best placement overall (dynamic
 * programming over cells × columns), where each cell scores how well it fits its column, a
 * skipped column (an empty cell) costs a little, and a row ends only once it has its action.
 */
export function placeCells(roles: readonly FieldRole[], cells: readonly Cell[]): Cell[][][] {
  const k = roles.length;
  const title = roles.indexOf('title');
  const SKIP = 0.35;
  const n = cells.length;
  if (n === 0) return [];
  // best[i][col][t]: best score with cell i in column col; t = 1 once the row has its title.
  const NEG = -1e9;
  const best = Array.from({ length: n }, () => Array.from({ length: k }, () => [NEG, NEG]));
  const back = Array.from({ length: n }, () => Array.from({ length: k }, () => [[-1, -1], [-1, -1]] as number[][]));
  // Any cell can go anywhere at a price, so one odd cell never breaks the whole placement.
  const fits = cells.map((cell) => roles.map((role) => Math.max(0.02, fit(role, cell.text))));
  for (let col = 0; col < k; col++) {
    const f = fits[0]![col]!;
    if (f > 0) best[0]![col]![col === title ? 1 : 0] = f - SKIP * col;
  }
  for (let i = 1; i < n; i++) {
    for (let col = 0; col < k; col++) {
      const f = fits[i]![col]!;
      if (f <= 0) continue;
      for (let prev = 0; prev < k; prev++) {
        for (let t = 0; t < 2; t++) {
          const before = best[i - 1]![prev]![t]!;
          if (before <= NEG / 2) continue;
          let score: number;
          let nt: number;
          if (col > prev) {
            score = before + f - SKIP * (col - prev - 1);
            nt = t === 1 || col === title ? 1 : 0;
          } else {
            if (t === 0) continue; // a row ends only once it has its action
            score = before + f - SKIP * (k - 1 - prev) - SKIP * col;
            nt = col === title ? 1 : 0;
          }
          if (score > best[i]![col]![nt]!) {
            best[i]![col]![nt] = score;
            back[i]![col]![nt] = [prev, t];
          }
        }
      }
    }
  }
  let end = [-1, -1];
  let top = NEG;
  for (let col = 0; col < k; col++) if (best[n - 1]![col]![1]! > top) [top, end] = [best[n - 1]![col]![1]!, [col, 1]];
  if (end[0]! < 0) return [];
  const placed: number[] = new Array(n);
  for (let i = n - 1, state = end; i >= 0; i--) {
    placed[i] = state[0]!;
    state = back[i]![state[0]!]![state[1]!]!;
  }
  const rows: Cell[][][] = [];
  let row: Cell[][] | null = null;
  placed.forEach((col, i) => {
    if (!row || col <= placed[i - 1]!) {
      row = roles.map(() => []);
      rows.push(row);
    }
    row[col]!.push(cells[i]!);
  });
  return rows;
}

// "Support actions" over the action column: with no action column named, the first column of
// free text is the action's.
function withTitle(roles: FieldRole[]): FieldRole[] | null {
  if (roles.includes('title')) return roles;
  const k = roles.findIndex((r) => r === 'supporting' || r === 'description' || r === 'measures');
  return k < 0 ? null : roles.map((r, i) => (i === k ? 'title' : r));
}

function headerRun(r: Recognition, from: number): { roles: FieldRole[]; labels: string[]; end: number; lineCells: Cell[] } | null {
  const first = r.items[from]!;
  // Single line breaks: the labels and cells are the lines of one block.
  if (first.kind === 'paragraph' && first.lines.length >= 6) {
    const roles: FieldRole[] = [];
    const labels: string[] = [];
    let k = 0;
    while (k < first.lines.length && label(first.lines[k]!) !== null) {
      roles.push(label(first.lines[k]!)!);
      labels.push(first.lines[k]!.replace(/:\s*$/, ''));
      k++;
    }
    const titled = roles.length >= 3 ? withTitle(roles) : null;
    if (titled) return { roles: titled, labels, end: from + 1, lineCells: first.lines.slice(k).map((text) => ({ text, item: first })) };
  }
  const roles: FieldRole[] = [];
  const labels: string[] = [];
  let i = from;
  while (i < r.items.length && !r.consumed.has(i) && (r.items[i]!.kind === 'paragraph' || r.items[i]!.kind === 'heading')) {
    const role = label(r.items[i]!.text);
    if (!role || roles.includes(role)) break;
    roles.push(role);
    labels.push(r.items[i]!.text.replace(/:\s*$/, ''));
    i++;
  }
  const titled = roles.length >= 3 ? withTitle(roles) : null;
  return titled ? { roles: titled, labels, end: i, lineCells: [] } : null;
}

/** Flattened tables: a run of column labels, then the cells, one block or line each. */
export function proposeFlattenedTables(r: Recognition): Proposal[] {
  const proposals: Proposal[] = [];
  for (let i = 0; i < r.items.length; i++) {
    if (r.consumed.has(i)) continue;
    const header = headerRun(r, i);
    if (!header) continue;
    const cells: Cell[] = [...header.lineCells];
    const themes: PlanTheme[] = [];
    const definitions: Item[] = [];
    let j = header.end;
    for (; j < r.items.length && !r.consumed.has(j); j++) {
      const item = r.items[j]!;
      if (item.kind !== 'paragraph' && item.kind !== 'listItem') break;
      if (headerRun(r, j)) break;
      // A theme cell of two paragraphs, the theme's name then its Commitment definition: one cell,
      // the definition the plan's own for that theme.
      const named = cells.length > 0 ? themesInText(cells[cells.length - 1]!.text) : null;
      const defined = named?.themes.length === 1 ? themeByDefinition(item.text) : null;
      if (named && defined !== null && defined === named.themes[0]) {
        themes.push({ theme: defined, label: cells[cells.length - 1]!.text, definition: item.text });
        definitions.push(item);
        continue;
      }
      cells.push({ text: item.text, item });
    }
    const titleCol = header.roles.indexOf('title');
    const rows = placeCells(header.roles, cells).filter((row) => row[titleCol]!.length > 0);
    // Rows after the table (narrative that follows it) fit badly: the table ends at its last good row.
    while (rows.length > 0 && fit('title', rows[rows.length - 1]![titleCol]!.map((c) => c.text).join(' ')) < 0.6) rows.pop();
    if (rows.length === 0) continue;
    const lastItem = Math.max(...rows[rows.length - 1]!.flat().map((c) => c.item.index));
    j = Math.min(j, lastItem + 1);
    const drafts: Recognition['drafts'] = rows.map((row) => {
      const draft: ActionDraft = newDraft();
      row.forEach((colCells, col) => {
        const role = header.roles[col]!;
        const text = colCells.map((c) => c.text).join('\n');
        if (!text) return;
        if (role === 'ref') draft.ref = text.replace(/[.)]$/, '');
        else putField(draft, header.labels[col]!, role, text);
        draft.provenance.push(...positions(colCells.map((c) => c.item)));
      });
      return { draft, layout: 'flattened-table', item: row.flat()[0]!.item.index, group: null };
    });
    const claims = new Set<number>();
    for (let k = i; k < j; k++) claims.add(k);
    proposals.push({ reader: 'flattened-table', claims: [...claims], drafts, sections: [], themes: themes.filter((_, k) => definitions[k]!.index < j), diagnostics: [], structure: 0.85 });
    i = j - 1;
  }
  return proposals;
}
