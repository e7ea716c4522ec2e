// The blocks every table family prints before its table(s): the plan's title block and intro,
// and an optional heading over the actions. The period sits in the plan title, as real plans print it.
import type { Random } from '../random.ts';
import type { Inline, TextTableStyle, ZooBlock, ZooDocument } from '../zoo-doc.ts';
import { bodyCell, headerCell } from './table-columns.ts';
import type { ZooPlan } from '../zoo-plan.ts';

export const TITLE_BLOCKS = ['one-line', 'two-line', 'title-then-institution'] as const;
export type TitleBlockStyle = (typeof TITLE_BLOCKS)[number];

/** The document title (metadata) of a plan. */
export const documentTitle = (plan: ZooPlan): string => `${plan.institution} ${plan.title}`;

/** Title block (institution + plan title) and the intro paragraphs. */
export function titleBlock(plan: ZooPlan, style: TitleBlockStyle, random: Random): ZooBlock[] {
  const blocks: ZooBlock[] = [];
  switch (style) {
    case 'one-line':
      blocks.push({ kind: 'heading', level: 1, text: `${plan.institution}${random.pick([' – ', ': ', ' '])}${plan.title}` });
      break;
    case 'two-line':
      blocks.push({ kind: 'heading', level: 1, text: plan.institution }, { kind: 'heading', level: 2, text: plan.title });
      break;
    case 'title-then-institution':
      blocks.push({ kind: 'heading', level: 1, text: plan.title }, { kind: 'paragraph', runs: [{ text: plan.institution, bold: true }] });
      break;
  }
  for (const sentence of plan.intro) blocks.push({ kind: 'paragraph', runs: [sentence] });
  return blocks;
}

/** A heading over the action table, or nothing (many plans go straight from intro to table). */
export function actionsHeading(random: Random): ZooBlock[] {
  const text = random.pick(['Action plan', 'Our actions', 'Actions', 'Action plan summary', null]);
  return text === null ? [] : [{ kind: 'heading', level: 2, text }];
}

/**
 * A document of the plan's title block, an actions heading and one table: the header labels, and
 * each printed row's cells.
 */
export function oneTableDocument(
  plan: ZooPlan,
  style: TitleBlockStyle,
  random: Random,
  table: { labels: readonly string[]; rows: ReadonlyArray<{ cells: Inline[][][] }>; ruled: boolean; textStyle: TextTableStyle },
): ZooDocument {
  return {
    title: documentTitle(plan),
    blocks: [
      ...titleBlock(plan, style, random),
      ...actionsHeading(random),
      {
        kind: 'table',
        ruled: table.ruled,
        header: [table.labels.map((l) => headerCell(l))],
        rows: table.rows.map((r) => r.cells.map((c) => bodyCell(c))),
        textStyle: table.textStyle,
      },
    ],
    text: {},
  };
}
