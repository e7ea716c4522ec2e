// Theme | Code | Action | Timescale | Comments, the theme cell merged down over all the rows of its
// theme; codes V1 / R2 / CD3 / S4 (sub-actions V1a). The theme is read from the merged cell.
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import type { Random } from '../random.ts';
import type { Inline, ZooCell } from '../zoo-doc.ts';
import type { ZooAction, ZooPlan } from '../zoo-plan.ts';
import { THEME_DEFINITIONS } from '@tc/themes';
import type { ThemeId } from '@tc/model';
import { bodyCell, headerCell } from './table-columns.ts';
import { byTheme, numberActions } from './table-numbering.ts';
import { themeLabel } from './table-theme-wording.ts';
import { actionsHeading, documentTitle, TITLE_BLOCKS, titleBlock } from './table-title-block.ts';

export const THEME_SPAN_TABLE_DIMENSIONS = {
  themeCell: ['name', 'name+definition', 'upper-case-name'],
  subActions: ['with', 'without'],
  comments: ['measure', 'status+measure', 'description'],
  textStyle: ['tabs', 'flattened'],
  ruling: ['ruled', 'unruled'],
  titleBlock: TITLE_BLOCKS,
} as const;

type ThemeCellStyle = (typeof THEME_SPAN_TABLE_DIMENSIONS.themeCell)[number];
type CommentStyle = (typeof THEME_SPAN_TABLE_DIMENSIONS.comments)[number];

function themeCell(theme: ThemeId, style: ThemeCellStyle, rowSpan: number): ZooCell {
  const label = themeLabel(theme);
  const paragraphs: Inline[][] =
    style === 'name' ? [[label]]
      : style === 'upper-case-name' ? [[label.toUpperCase()]]
        : [[{ text: label, bold: true }], [THEME_DEFINITIONS[theme].definition]];
  return bodyCell(paragraphs, rowSpan > 1 ? { rowSpan } : {});
}

function comments(a: ZooAction, style: CommentStyle): string[] {
  switch (style) {
    case 'measure': return [a.measure];
    case 'status+measure': return a.status ? [`${a.status}. ${a.measure}`] : [a.measure];
    case 'description': return [a.description];
  }
}

export const themeSpanTable: LayoutFamily = {
  id: 'theme-span-table',
  description: 'A table whose first column names the theme once, merged over all its rows, followed by a theme code (V1, R2, CD3, S4), the action, a timescale and comments.',
  realShape: 'Theme-grouped action tables from Word where the theme (sometimes with the Commitment\'s definition) sits in a tall merged cell at the left.',
  render(plan: ZooPlan, variant: number, random: Random) {
    const dims = coveringRow(variant, THEME_SPAN_TABLE_DIMENSIONS);
    const entries = numberActions(plan.actions, 'theme-code', { children: dims.subActions === 'with' });
    const labels = random.pick([
      ['Theme', 'Code', 'Action', 'Timescale', 'Comments'],
      ['Theme', 'Ref', 'Action', 'Timescale', 'Comments'],
      ['Commitment theme', 'Code', 'Actions', 'Timescale', 'Notes'],
    ]);
    const rows: ZooCell[][] = [];
    const gold: GoldAction[] = [];
    for (const [theme, group] of byTheme(entries)) {
      group.forEach((e, i) => {
        const a = e.action;
        const text = comments(a, dims.comments);
        rows.push([
          // Covered grid positions are left out of a row, as in HTML.
          ...(i === 0 ? [themeCell(theme, dims.themeCell, group.length)] : []),
          bodyCell([[e.printed]]),
          bodyCell([[a.title]]),
          bodyCell([[a.timeframe]]),
          bodyCell(text.map((t) => [t])),
        ]);
        gold.push({ ref: e.ref, title: a.title, description: text.join(' '), themes: [theme], timeframe: a.timeframe, owners: null, parentRef: e.parentRef });
      });
    }
    const printedChildren = entries.some((e) => e.isChild);
    return {
      doc: {
        title: documentTitle(plan),
        blocks: [
          ...titleBlock(plan, dims.titleBlock, random),
          ...actionsHeading(random),
          { kind: 'table', ruled: dims.ruling === 'ruled', header: [labels.map((l) => headerCell(l))], rows, textStyle: dims.textStyle },
        ],
        text: {},
      },
      gold,
      // The plan may have no sub-actions to print; the dimension says what the document holds.
      dimensions: { ...dims, subActions: printedChildren ? 'with' : 'without', labels: labels.join(' | ') },
    };
  },
};
