// One table per theme, each under a heading naming the theme: by name, as "Theme 2: Recognition",
// or by the Commitment's definition sentence alone. The heading states the theme of every row.
import { THEME_DEFINITIONS } from '@tc/themes';
import { THEME_IDS, type ThemeId } from '@tc/model';
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import type { Random } from '../random.ts';
import type { ZooBlock } from '../zoo-doc.ts';
import type { ZooPlan } from '../zoo-plan.ts';
import { bodyCell, headerCell, printRow, type ColumnKey } from './table-columns.ts';
import { byTheme, numberActions } from './table-numbering.ts';
import { themeLabel } from './table-theme-wording.ts';
import { documentTitle, TITLE_BLOCKS, titleBlock } from './table-title-block.ts';

export const TABLE_PER_THEME_DIMENSIONS = {
  themeHeading: ['name', 'numbered', 'definition'],
  refs: ['n.n-column', 'n.n-in-action-cell', 'none'],
  labelSet: ['action-lead-when-measure', 'action-owner-timescale-success', 'what-who-by-when-how'],
  textStyle: ['tabs', 'pipes', 'spaces'],
  ruling: ['ruled', 'unruled'],
  titleBlock: TITLE_BLOCKS,
} as const;

const LABEL_SETS: Readonly<Record<string, Readonly<Partial<Record<ColumnKey, string>>>>> = {
  'action-lead-when-measure': { ref: 'Ref', action: 'Action', lead: 'Lead', timescale: 'When', measure: 'Measure' },
  'action-owner-timescale-success': { ref: 'No.', action: 'Action', lead: 'Owner', timescale: 'Timescale', measure: 'Success measure' },
  'what-who-by-when-how': { ref: '#', action: 'What we will do', lead: 'Who', timescale: 'By when', measure: 'How we will know' },
};

function heading(theme: ThemeId, style: (typeof TABLE_PER_THEME_DIMENSIONS.themeHeading)[number]): string {
  switch (style) {
    case 'name': return themeLabel(theme);
    case 'numbered': return `Theme ${THEME_IDS.indexOf(theme) + 1}: ${themeLabel(theme)}`;
    case 'definition': return THEME_DEFINITIONS[theme].definition;
  }
}

export const tablePerTheme: LayoutFamily = {
  id: 'table-per-theme',
  description: 'Four tables, one per theme, each under a heading that names the theme (or gives its definition sentence); columns Action / Lead / When / Measure.',
  realShape: 'Plans that print a short section per theme with a small action table in each.',
  render(plan: ZooPlan, variant: number, random: Random) {
    const dims = coveringRow(variant, TABLE_PER_THEME_DIMENSIONS);
    const numbered = dims.refs !== 'none';
    const entries = numberActions(plan.actions, numbered ? 'n.n' : 'none', { children: true });
    const columns: ColumnKey[] = [...(dims.refs === 'n.n-column' ? ['ref' as const] : []), 'action', 'lead', 'timescale', 'measure'];
    const labels = LABEL_SETS[dims.labelSet]!;
    const options = {
      themeWording: 'names' as const,
      ownerSeparator: random.pick([', ', '; ', '\n']),
      descriptionInActionCell: random.chance(0.5),
      boldTitle: random.chance(0.5),
      refInActionCell: dims.refs === 'n.n-in-action-cell',
    };
    const level = random.pick([2, 3] as const);
    const blocks: ZooBlock[] = [...titleBlock(plan, dims.titleBlock, random)];
    const gold: GoldAction[] = [];
    for (const [theme, group] of byTheme(entries)) {
      const printed = group.map((e) => printRow(e, columns, options));
      blocks.push(
        { kind: 'heading', level, text: heading(theme, dims.themeHeading) },
        {
          kind: 'table',
          ruled: dims.ruling === 'ruled',
          header: [columns.map((k) => headerCell(labels[k] ?? k))],
          rows: printed.map((r) => r.cells.map((c) => bodyCell(c))),
          textStyle: dims.textStyle,
        },
      );
      // The heading states the theme of every row below it, whatever the action's other themes.
      gold.push(...printed.map((r) => ({ ...r.gold, themes: [theme] })));
    }
    return {
      doc: { title: documentTitle(plan), blocks, text: {} },
      gold,
      dimensions: { ...dims, headingLevel: String(level) },
    };
  },
};
