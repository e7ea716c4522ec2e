// One two-column "field | value" table per action (Action, Description, Lead, Timescale, Success
// measure, Theme(s)), sometimes under an "Action 3" heading or with a Ref row.
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import type { Random } from '../random.ts';
import type { RefStyle } from '../ref-styles.ts';
import type { Inline, ZooBlock, ZooCell } from '../zoo-doc.ts';
import type { ZooPlan } from '../zoo-plan.ts';
import { bodyCell } from './table-columns.ts';
import { numberActions, type NumberedAction } from './table-numbering.ts';
import { goldThemes, themeLabel } from './table-theme-wording.ts';
import { actionsHeading, documentTitle, TITLE_BLOCKS, titleBlock } from './table-title-block.ts';

export const FIELD_VALUE_TABLES_DIMENSIONS = {
  refPlacement: ['heading-action-n', 'ref-row-n', 'ref-row-theme-code', 'ref-row-dash-code', 'none'],
  labelSet: ['0', '1', '2', '3', '4'],
  themeRow: ['names', 'bullets', 'none'],
  textStyle: ['tabs', 'pipes'],
  ruling: ['ruled', 'unruled'],
  titleBlock: TITLE_BLOCKS,
} as const;

type Field = 'ref' | 'title' | 'description' | 'lead' | 'timescale' | 'measure' | 'themes';
const LABELS: Readonly<Record<Field, readonly string[]>> = {
  ref: ['Ref', 'Ref.', 'Action ref', 'No.', 'Reference'],
  title: ['Action', 'Objective', 'Action title', 'Title', 'Action'],
  description: ['Description', 'Detail', 'Details', 'What this involves', 'Description'],
  lead: ['Lead', 'Owner', 'Responsible', 'Lead(s)', 'Accountable'],
  timescale: ['Timescale', 'Deadline', 'Target date', 'When', 'Timeframe'],
  measure: ['Success measure', 'KPI', 'Measure of success', 'Evidence of success', 'Success criteria'],
  themes: ['Theme(s)', 'Themes', 'Theme', 'Commitment theme', 'Theme(s) addressed'],
};

const REF_STYLE: Readonly<Record<string, RefStyle>> = {
  'heading-action-n': 'action-n',
  'ref-row-n': 'n',
  'ref-row-theme-code': 'theme-code',
  'ref-row-dash-code': 'dash-code',
  none: 'none',
};

function valueCell(e: NumberedAction, field: Field, themeRow: string, ownerSeparator: string): ZooCell {
  const a = e.action;
  const text = (s: string): ZooCell => bodyCell([[s]]);
  switch (field) {
    case 'ref': return text(e.printed);
    case 'title': return text(a.title);
    case 'description': return text(a.description);
    case 'lead': return text(a.owners.join(ownerSeparator));
    case 'timescale': return text(a.timeframe);
    case 'measure': return text(a.measure);
    case 'themes': {
      const names = a.themes.map(themeLabel);
      return themeRow === 'bullets' ? bodyCell([], { bullets: names }) : text(names.join(', '));
    }
  }
}

export const fieldValueTables: LayoutFamily = {
  id: 'field-value-tables',
  description: 'A small two-column table per action, each row a field label and its value (action, description, lead, timescale, measure, themes).',
  realShape: 'Plans written as a form per action: a Word table with the field names in a shaded left column.',
  render(plan: ZooPlan, variant: number, random: Random) {
    const dims = coveringRow(variant, FIELD_VALUE_TABLES_DIMENSIONS);
    const prefix = random.pick(['HU', 'TC', 'T']);
    const entries = numberActions(plan.actions, REF_STYLE[dims.refPlacement]!, { children: true, prefix });
    const set = Number(dims.labelSet);
    const label = (f: Field): string => LABELS[f][set % LABELS[f].length]!;
    const fields: Field[] = [
      ...(dims.refPlacement.startsWith('ref-row') ? ['ref' as const] : []),
      'title', 'description', 'lead', 'timescale', 'measure',
      ...(dims.themeRow !== 'none' ? ['themes' as const] : []),
    ];
    // Some forms put the theme straight under the action.
    if (dims.themeRow !== 'none' && random.chance(0.4)) fields.splice(fields.indexOf('title') + 1, 0, fields.pop()!);
    const ownerSeparator = random.pick([', ', '; ', ' and ']);
    const labelBold = random.chance(0.6);
    const labelCell = (f: Field): ZooCell => bodyCell([[labelBold ? { text: label(f), bold: true } : label(f)] as Inline[]]);
    const blocks: ZooBlock[] = [...titleBlock(plan, dims.titleBlock, random), ...actionsHeading(random)];
    const gold: GoldAction[] = [];
    for (const e of entries) {
      if (dims.refPlacement === 'heading-action-n') blocks.push({ kind: 'heading', level: 3, text: e.printed });
      blocks.push({
        kind: 'table',
        ruled: dims.ruling === 'ruled',
        header: [],
        rows: fields.map((f) => [labelCell(f), valueCell(e, f, dims.themeRow, ownerSeparator)]),
        textStyle: dims.textStyle,
      });
      gold.push({
        ref: e.ref,
        title: e.action.title,
        description: `${e.action.description} ${e.action.measure}`,
        themes: dims.themeRow !== 'none' ? goldThemes(e.action.themes) : e.codeTheme ? [e.codeTheme] : null,
        timeframe: e.action.timeframe,
        owners: [...e.action.owners],
        parentRef: e.parentRef,
      });
    }
    return {
      doc: { title: documentTitle(plan), blocks, text: {} },
      gold,
      dimensions: { ...dims, labels: fields.map(label).join(' | '), ...(dims.refPlacement === 'ref-row-dash-code' ? { prefix } : {}) },
    };
  },
};
