// Tables laid out with spaces: in text a header line of labels separated by runs of spaces and each
// row on one line under it; in Word and PDF an unruled table, the columns kept apart by white space.
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { Random } from '../random.ts';
import type { RefStyle } from '../ref-styles.ts';
import type { ZooPlan } from '../zoo-plan.ts';
import { printRow, type ColumnKey } from './table-columns.ts';
import { numberActions } from './table-numbering.ts';
import type { ThemeWording } from './table-theme-wording.ts';
import { oneTableDocument, TITLE_BLOCKS } from './table-title-block.ts';

// Every set has a ref column; refStyle 'none' drops it.
const COLUMN_SETS: Readonly<Record<string, readonly ColumnKey[]>> = {
  'ref-action-lead-time-theme': ['ref', 'action', 'lead', 'timescale', 'themes'],
  'ref-action-theme-time': ['ref', 'action', 'themes', 'timescale'],
  'ref-action-time-lead-theme': ['ref', 'action', 'timescale', 'lead', 'themes'],
  'ref-action-lead-time': ['ref', 'action', 'lead', 'timescale'],
  'ref-action-theme-lead-time': ['ref', 'action', 'themes', 'lead', 'timescale'],
};

export const SPACE_ALIGNED_TABLE_DIMENSIONS = {
  columns: Object.keys(COLUMN_SETS),
  refStyle: ['n', 'n.', 'theme-code', 'none'],
  themeWording: ['names', 'codes', 'abbreviated'],
  labelSet: ['0', '1', '2'],
  titleBlock: TITLE_BLOCKS,
} as const;

const LABELS: Readonly<Partial<Record<ColumnKey, readonly string[]>>> = {
  ref: ['Ref', 'No', '#'],
  action: ['Action', 'Objective', 'Actions'],
  lead: ['Lead', 'Owner', 'Responsible'],
  timescale: ['Timescale', 'Deadline', 'When'],
  themes: ['Theme', 'Themes', 'Theme(s)'],
};

export const spaceAlignedTable: LayoutFamily = {
  id: 'space-aligned-table',
  description: 'A table without rules whose plain text is a header line of labels and one line per row, the columns aligned with spaces.',
  realShape: 'Plans typed in a monospaced editor or exported to text from a spreadsheet, and unruled Word tables that read the same way.',
  render(plan: ZooPlan, variant: number, random: Random) {
    const dims = coveringRow(variant, SPACE_ALIGNED_TABLE_DIMENSIONS);
    const columns = COLUMN_SETS[dims.columns]!.filter((k) => k !== 'ref' || dims.refStyle !== 'none');
    const entries = numberActions(plan.actions, dims.refStyle as RefStyle, { children: true });
    const options = { themeWording: dims.themeWording as ThemeWording, ownerSeparator: random.pick([', ', '; ', ' / ']) };
    const set = Number(dims.labelSet);
    const labels = columns.map((k) => LABELS[k]![set]!);
    const printed = entries.map((e) => printRow(e, columns, options));
    return {
      doc: oneTableDocument(plan, dims.titleBlock, random, { labels, rows: printed, ruled: false, textStyle: 'spaces' }),
      gold: printed.map((r) => r.gold),
      dimensions: { ...dims, themeWording: columns.includes('themes') ? dims.themeWording : 'none', labels: labels.join(' | ') },
    };
  },
};
