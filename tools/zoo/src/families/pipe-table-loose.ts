// Tables whose text rendition is a loose pipe table: no delimiter row, or long cells wrapped onto
// following lines inside the pipes. In Word and PDF they are ordinary ruled tables.
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { Random } from '../random.ts';
import type { RefStyle } from '../ref-styles.ts';
import type { ZooPlan } from '../zoo-plan.ts';
import { printRow, type ColumnKey } from './table-columns.ts';
import { numberActions } from './table-numbering.ts';
import type { ThemeWording } from './table-theme-wording.ts';
import { oneTableDocument, TITLE_BLOCKS } from './table-title-block.ts';

export const PIPE_TABLE_LOOSE_DIMENSIONS = {
  textStyle: ['pipes-no-delimiter', 'pipes-broken'],
  refStyle: ['n', 'theme-code', 'dash-code', 'n.'],
  themeWording: ['names', 'codes', 'names-semicolon', 'mainly-also'],
  actionCell: ['title+description', 'title'],
  titleBlock: TITLE_BLOCKS,
} as const;

const COLUMNS: readonly ColumnKey[] = ['ref', 'action', 'lead', 'timescale', 'themes'];
const LABEL_SETS: ReadonlyArray<readonly string[]> = [
  ['Ref', 'Action', 'Owner', 'Deadline', 'Themes'],
  ['Ref', 'Action', 'Owner', 'Deadline', 'Theme(s)'],
  ['Ref.', 'Action', 'Owner(s)', 'Deadline', 'Themes'],
];

export const pipeTableLoose: LayoutFamily = {
  id: 'pipe-table-loose',
  description: 'An action table (Ref, Action, Owner, Deadline, Themes) that plain text renders as pipe rows without a delimiter row, or with long cells wrapped inside the pipes.',
  realShape: 'Plans pasted from wikis, e-mails or converters whose pipe tables are not valid markdown tables.',
  render(plan: ZooPlan, variant: number, random: Random) {
    const dims = coveringRow(variant, PIPE_TABLE_LOOSE_DIMENSIONS);
    const prefix = random.pick(['TC', 'HU', 'T']);
    const entries = numberActions(plan.actions, dims.refStyle as RefStyle, { children: true, prefix });
    const options = {
      themeWording: dims.themeWording as ThemeWording,
      ownerSeparator: random.pick([', ', '; ', ' / ']),
      descriptionInActionCell: dims.actionCell === 'title+description',
    };
    const labels = random.pick(LABEL_SETS);
    const printed = entries.map((e) => printRow(e, COLUMNS, options));
    return {
      doc: oneTableDocument(plan, dims.titleBlock, random, { labels, rows: printed, ruled: true, textStyle: dims.textStyle }),
      gold: printed.map((r) => r.gold),
      dimensions: { ...dims, labels: labels.join(' | '), ...(dims.refStyle === 'dash-code' ? { prefix } : {}) },
    };
  },
};
