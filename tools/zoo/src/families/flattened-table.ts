// The web-page text of an action table: every cell its own paragraph, the column labels first,
// then row after row. Empty cells print nothing at all, as copied web text drops them. Emitted as
// paragraphs (not a table) so every format shows the same thing.
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import type { Random } from '../random.ts';
import type { RefStyle } from '../ref-styles.ts';
import type { Inline, ZooBlock } from '../zoo-doc.ts';
import type { ZooPlan } from '../zoo-plan.ts';
import { printRow, type ColumnKey } from './table-columns.ts';
import { numberActions } from './table-numbering.ts';
import type { ThemeWording } from './table-theme-wording.ts';
import { actionsHeading, documentTitle, TITLE_BLOCKS, titleBlock } from './table-title-block.ts';

const COLUMN_SETS: Readonly<Record<string, readonly ColumnKey[]>> = {
  'ref-action-lead-date-theme': ['ref', 'action', 'lead', 'timescale', 'themes'],
  'ref-action-detail-lead-date': ['ref', 'action', 'description', 'lead', 'timescale'],
  'ref-action-date-lead-theme-progress': ['ref', 'action', 'timescale', 'lead', 'themes', 'status'],
  'action-lead-date-theme': ['action', 'lead', 'timescale', 'themes'],
  'action-theme-lead-date-progress': ['action', 'themes', 'lead', 'timescale', 'status'],
};

export const FLATTENED_TABLE_DIMENSIONS = {
  columns: Object.keys(COLUMN_SETS),
  actionLabel: ['Action', 'Support actions', 'Actions', 'What we will do'],
  emptyCells: ['some', 'none'],
  themeWording: ['names', 'codes', 'mainly-also'],
  refStyle: ['n', 'theme-code', 'n.'],
  titleBlock: TITLE_BLOCKS,
} as const;

const OTHER_LABELS: Readonly<Record<Exclude<ColumnKey, 'action'>, readonly string[]>> = {
  ref: ['Ref', 'No.'],
  description: ['Detail', 'Description'],
  lead: ['Lead', 'Who'],
  timescale: ['Date', 'Timescale'],
  measure: ['Measure', 'Success measure'],
  status: ['Progress', 'Status'],
  themes: ['Theme', 'Themes'],
};

// Columns a copied table plausibly leaves blank; ref, action and description never are.
const BLANKABLE: readonly ColumnKey[] = ['lead', 'timescale', 'themes'];

export const flattenedTable: LayoutFamily = {
  id: 'flattened-table',
  description: 'A table copied from a web page as text: the column labels one per paragraph, then every cell of every row as its own paragraph; empty cells vanish.',
  realShape: 'Plans published as HTML tables and saved or pasted as plain text, where the grid is gone and only the cell sequence is left.',
  render(plan: ZooPlan, variant: number, random: Random) {
    const dims = coveringRow(variant, FLATTENED_TABLE_DIMENSIONS);
    const columns = COLUMN_SETS[dims.columns]!;
    const hasRef = columns.includes('ref');
    const entries = numberActions(plan.actions, hasRef ? (dims.refStyle as RefStyle) : 'none', { children: true });
    const options = { themeWording: dims.themeWording as ThemeWording, ownerSeparator: random.pick([', ', '; ']) };
    const labelIndex = random.int(0, 1);
    const labels = columns.map((k) => (k === 'action' ? dims.actionLabel : OTHER_LABELS[k][labelIndex]!));
    const blankable = BLANKABLE.filter((k) => columns.includes(k));
    const boldLabels = random.chance(0.4);
    const blocks: ZooBlock[] = [
      ...titleBlock(plan, dims.titleBlock, random),
      ...actionsHeading(random),
      ...labels.map((l): ZooBlock => ({ kind: 'paragraph', runs: [boldLabels ? { text: l, bold: true } : l] })),
    ];
    const gold: GoldAction[] = [];
    entries.forEach((e, i) => {
      // Every fourth row loses one cell, so each document has a few; the gold then lacks that field.
      const blank = new Set<ColumnKey>(dims.emptyCells === 'some' && i % 4 === 1 && blankable.length > 0 ? [random.pick(blankable)] : []);
      const row = printRow(e, columns, options, blank);
      for (const cell of row.cells) for (const p of cell) blocks.push({ kind: 'paragraph', runs: p as Inline[] });
      gold.push(row.gold);
    });
    return {
      doc: { title: documentTitle(plan), blocks, text: {} },
      gold,
      dimensions: {
        ...dims,
        refStyle: hasRef ? dims.refStyle : 'none',
        themeWording: columns.includes('themes') ? dims.themeWording : 'none',
        labels: labels.join(' | '),
      },
    };
  },
};
