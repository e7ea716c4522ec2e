// Small builders for the not-plans' documents, and the structural style a variant selects. Kept
// apart from the families: not-plans choose structure from the variant alone, with no gold to keep.
import type { Inline, TextOptions, TextTableStyle, ZooBlock, ZooCell, ZooList, ZooTable } from '../zoo-doc.ts';

/** The structure a not-plan variant prints; variants 0 and 1 differ in every choice. */
export interface NotPlanStyle {
  /** Section titles as headings (true) or as bold lines (false). */
  headings: boolean;
  /** Lists numbered (true) or bulleted (false). */
  ordered: boolean;
  /** Tabular content as a table (true) or as a list of lines (false). */
  tables: boolean;
  bullet: string;
  textStyle: TextTableStyle;
  ruled: boolean;
  text: TextOptions;
}

const STYLES: readonly NotPlanStyle[] = [
  { headings: true, ordered: false, tables: true, bullet: '•', textStyle: 'pipes', ruled: true, text: {} },
  { headings: false, ordered: true, tables: false, bullet: '-', textStyle: 'tabs', ruled: false, text: { wrap: 72 } },
  { headings: true, ordered: true, tables: true, bullet: '–', textStyle: 'spaces', ruled: false, text: { noBlankLines: true } },
  { headings: false, ordered: false, tables: true, bullet: '*', textStyle: 'flattened', ruled: true, text: {} },
];

export const notPlanStyle = (variant: number): NotPlanStyle => STYLES[((variant % STYLES.length) + STYLES.length) % STYLES.length]!;

export const para = (...runs: Inline[]): ZooBlock => ({ kind: 'paragraph', runs });

/** A section title: a heading, or a bold line when the style prints no headings. */
export const title = (style: NotPlanStyle, text: string, level: 1 | 2 | 3 = 2): ZooBlock =>
  style.headings ? { kind: 'heading', level, text } : { kind: 'paragraph', runs: [{ text, bold: true }] };

/** A list in the style's numbering or bullet. */
export function list(style: NotPlanStyle, items: readonly string[], ordered = style.ordered): ZooList {
  return ordered
    ? { kind: 'list', ordered: true, style: 'decimal', items: items.map((t) => ({ paragraphs: [[t]] })) }
    : { kind: 'list', ordered: false, bullet: style.bullet, items: items.map((t) => ({ paragraphs: [[t]] })) };
}

export const cell = (text: string, bold = false): ZooCell => ({ paragraphs: text === '' ? [] : [[bold ? { text, bold } : text]] });

export function table(style: NotPlanStyle, header: readonly string[], rows: readonly (readonly string[])[]): ZooTable {
  return {
    kind: 'table',
    ruled: style.ruled,
    header: [header.map((h) => cell(h, true))],
    rows: rows.map((r) => r.map((c) => cell(c))),
    textStyle: style.textStyle,
  };
}

/**
 * Rows as a table when the style prints tables, otherwise as one list item per row with its cells
 * joined ("09:30 – Registration – Foyer"), the way the same content is often typed.
 */
export function rowsBlock(style: NotPlanStyle, header: readonly string[], rows: readonly (readonly string[])[], joiner = ' – '): ZooBlock {
  if (style.tables) return table(style, header, rows);
  return list({ ...style, ordered: false }, rows.map((r) => r.filter((c) => c !== '').join(joiner)));
}

/** "Label: value" lines, bold label, as forms and adverts print them. */
export const fieldLine = (label: string, value: string): ZooBlock => ({ kind: 'paragraph', runs: [{ text: `${label}: `, bold: true }, value] });
