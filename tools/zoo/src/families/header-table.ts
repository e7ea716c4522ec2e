// One action table with a header row: the commonest layout. Column labels, their order, the ref
// shape and the wording of a free-text theme column all vary.
import { THEME_IDS } from '@tc/model';
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { Random } from '../random.ts';
import type { RefStyle } from '../ref-styles.ts';
import type { ZooAction, ZooPlan } from '../zoo-plan.ts';
import { printRow, type ColumnKey } from './table-columns.ts';
import { numberActions } from './table-numbering.ts';
import type { ThemeWording } from './table-theme-wording.ts';
import { oneTableDocument, TITLE_BLOCKS } from './table-title-block.ts';

const LABELS: Readonly<Record<ColumnKey, readonly string[]>> = {
  ref: ['Ref', 'No.', '#', 'Action No.'],
  action: ['Action', 'Objective', 'What we will do'],
  lead: ['Lead', 'Owner', 'Responsible', 'Who'],
  timescale: ['Timescale', 'Deadline', 'By when', 'Target date', 'Due'],
  measure: ['Success measure', 'KPI', 'Evidence', 'Success criteria'],
  status: ['Status', 'RAG', 'Progress'],
  themes: ['Theme', 'Theme(s)', 'Themes', 'TC theme', 'Theme addressed'],
  description: ['Description', 'Detail', 'Details'],
};

const ORDERS: Readonly<Record<string, readonly ColumnKey[]>> = {
  'ref-action-themes-lead-time-measure-status': ['ref', 'action', 'themes', 'lead', 'timescale', 'measure', 'status'],
  'ref-themes-action-time-lead-measure-status': ['ref', 'themes', 'action', 'timescale', 'lead', 'measure', 'status'],
  'ref-action-measure-lead-time-status-themes': ['ref', 'action', 'measure', 'lead', 'timescale', 'status', 'themes'],
  'ref-action-lead-time-measure-themes': ['ref', 'action', 'lead', 'timescale', 'measure', 'themes'],
};

const OWNER_SEPARATOR: Readonly<Record<string, string>> = { comma: ', ', semicolon: '; ', slash: ' / ', paragraphs: '\n' };

export const HEADER_TABLE_DIMENSIONS = {
  refStyle: ['n', 'n.', 'theme-code', 'dash-code', 'none'],
  owners: ['comma', 'semicolon', 'slash', 'paragraphs'],
  themeColumn: ['names-semicolon', 'mainly-also', 'codes', 'abbreviated', 'none'],
  columnOrder: Object.keys(ORDERS),
  ruling: ['ruled', 'unruled'],
  textStyle: ['tabs', 'pipes', 'spaces'],
  actionCell: ['title', 'title+description'],
  titleBlock: TITLE_BLOCKS,
} as const;

// A theme column is where plans write "All four themes": give one action all four so it is printed.
function withAllFour(actions: readonly ZooAction[], random: Random): ZooAction[] {
  const pick = random.int(0, actions.length - 1);
  return actions.map((a, i) => (i === pick ? { ...a, themes: [a.themes[0]!, ...THEME_IDS.filter((t) => t !== a.themes[0])] } : a));
}

export const headerTable: LayoutFamily = {
  id: 'header-table',
  description: 'A single action table with a header row (ref, action, theme, lead, timescale, measure, status in some order); themes, where given, are free text in one column.',
  realShape: 'The standard institutional action table exported from Word or Excel, with varying column names and a loosely worded theme column.',
  render(plan: ZooPlan, variant: number, random: Random) {
    const dims = coveringRow(variant, HEADER_TABLE_DIMENSIONS);
    const prefix = random.pick(['HU', 'TC', 'T', 'TEC']);
    const themeColumn = dims.themeColumn !== 'none';
    const actions = themeColumn ? withAllFour(plan.actions, random) : plan.actions;
    const entries = numberActions(actions, dims.refStyle as RefStyle, { children: true, prefix });
    const columns = ORDERS[dims.columnOrder]!.filter((k) => (k !== 'ref' || dims.refStyle !== 'none') && (k !== 'themes' || themeColumn));
    const options = {
      themeWording: (themeColumn ? dims.themeColumn : 'names') as ThemeWording,
      ownerSeparator: OWNER_SEPARATOR[dims.owners]!,
      descriptionInActionCell: dims.actionCell === 'title+description',
      boldTitle: random.chance(0.5),
    };
    const printed = entries.map((e) => printRow(e, columns, options));
    // Labels follow the variant, so variants 0–4 print every label of every list.
    const label = (k: ColumnKey): string => LABELS[k][variant % LABELS[k].length]!;
    return {
      doc: oneTableDocument(plan, dims.titleBlock, random, { labels: columns.map(label), rows: printed, ruled: dims.ruling === 'ruled', textStyle: dims.textStyle }),
      gold: printed.map((r) => r.gold),
      dimensions: { ...dims, labels: columns.map(label).join(' | '), ...(dims.refStyle === 'dash-code' ? { prefix } : {}) },
    };
  },
};
