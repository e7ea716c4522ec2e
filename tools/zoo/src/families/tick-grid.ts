// A grid with one column per theme and a tick where the action serves that theme; the themes are
// read from the ticks. Tick glyphs, theme headers and the extra columns vary.
import { THEME_IDS, type ThemeId } from '@tc/model';
import { coveringRow } from '../covering.ts';
import type { LayoutFamily } from '../family.ts';
import type { GoldAction } from '../gold.ts';
import type { Random } from '../random.ts';
import { THEME_CODE, type RefStyle } from '../ref-styles.ts';
import type { TickStyle, ZooBlock, ZooCell } from '../zoo-doc.ts';
import type { ZooPlan } from '../zoo-plan.ts';
import { bodyCell, headerCell } from './table-columns.ts';
import { numberActions } from './table-numbering.ts';
import { goldThemes, themeLabel } from './table-theme-wording.ts';
import { actionsHeading, documentTitle, TITLE_BLOCKS, titleBlock } from './table-title-block.ts';

// Nine tick forms in five variants: each set pairs forms that real grids mix in one document
// (a Unicode tick pasted beside a Wingdings one, x and X typed by different hands, Y beside Yes),
// so variants 0–4 print every form. 'checkbox' grids are form-built and consistent.
const TICK_SETS: Readonly<Record<string, readonly TickStyle[]>> = {
  '✓+wingdings': ['✓', 'wingdings'],
  '✔+●': ['✔', '●'],
  'x+X': ['x', 'X'],
  'Y+Yes': ['Y', 'Yes'],
  checkbox: ['checkbox'],
};

type Extra = 'ref' | 'lead' | 'timescale';
const EXTRAS: Readonly<Record<string, readonly Extra[]>> = {
  ref: ['ref'],
  'ref+timescale': ['ref', 'timescale'],
  'timescale+lead': ['timescale', 'lead'],
  'ref+timescale+lead': ['ref', 'timescale', 'lead'],
  none: [],
};

export const TICK_GRID_DIMENSIONS = {
  tick: Object.keys(TICK_SETS),
  themeHeaders: ['full', 'abbreviations', 'two-row', 'group-header', 'rotated'],
  extraColumns: Object.keys(EXTRAS),
  ruling: ['ruled', 'unruled'],
  landscape: ['landscape', 'portrait'],
  textStyle: ['tabs', 'pipes', 'spaces'],
  titleBlock: TITLE_BLOCKS,
} as const;

type ThemeHeaders = (typeof TICK_GRID_DIMENSIONS.themeHeaders)[number];

const EXTRA_LABELS: Readonly<Record<Extra, readonly string[]>> = {
  ref: ['Ref', 'No.', 'Action ref'],
  lead: ['Lead', 'Owner', 'Responsibility'],
  timescale: ['Timescale', 'Target date', 'When'],
};

const SPLIT: Readonly<Record<ThemeId, [string, string]>> = {
  visibility: ['Visibility', ''],
  recognition: ['Recognition', ''],
  'career-development': ['Career', 'Development'],
  sustainability: ['Sustainability', ''],
};

/** The header rows: `before` and `after` label the non-theme columns either side of the four theme columns. */
function headerRows(style: ThemeHeaders, before: readonly string[], after: readonly string[]): ZooCell[][] {
  const plain = (labels: readonly string[], rowSpan?: number): ZooCell[] => labels.map((l) => headerCell(l, rowSpan ? { rowSpan } : {}));
  switch (style) {
    case 'full':
    case 'rotated':
      return [[...plain(before), ...THEME_IDS.map((t) => headerCell(themeLabel(t), style === 'rotated' ? { rotated: true } : {})), ...plain(after)]];
    case 'abbreviations':
      return [[...plain(before), ...THEME_IDS.map((t) => headerCell(THEME_CODE[t])), ...plain(after)]];
    case 'two-row':
      // A label broken over two header rows, as a narrow Word column leaves it; other cells empty below.
      return [
        [...plain(before), ...THEME_IDS.map((t) => headerCell(SPLIT[t][0])), ...plain(after)],
        [...before.map(() => headerCell('')), ...THEME_IDS.map((t) => headerCell(SPLIT[t][1])), ...after.map(() => headerCell(''))],
      ];
    case 'group-header':
      // Covered grid positions are left out of a row, as in HTML.
      return [
        [...plain(before, 2), headerCell('Themes', { colSpan: 4 }), ...plain(after, 2)],
        THEME_IDS.map((t) => headerCell(themeLabel(t))),
      ];
  }
}

export const tickGrid: LayoutFamily = {
  id: 'tick-grid',
  description: 'An action grid with one column per theme, ticked where the action serves that theme, sometimes with ref, lead and timescale columns.',
  realShape: 'The theme-mapping matrix many plans print, often landscape, with ticks typed, inserted as symbols or as form checkboxes.',
  render(plan: ZooPlan, variant: number, random: Random) {
    const dims = coveringRow(variant, TICK_GRID_DIMENSIONS);
    const extras = EXTRAS[dims.extraColumns]!;
    const refStyle: RefStyle = extras.includes('ref') ? random.pick(['n', 'n.', 'theme-code'] as const) : 'none';
    const entries = numberActions(plan.actions, refStyle, { children: true });
    const forms = TICK_SETS[dims.tick]!;
    // Every third tick takes the set's second form, so a document always shows both.
    const tickAt = (n: number): TickStyle => forms[n % 3 === 2 ? forms.length - 1 : 0]!;
    const labelIndex = random.int(0, 2);
    const before = [...(extras.includes('ref') ? [EXTRA_LABELS.ref[labelIndex]!] : []), random.pick(['Action', 'Actions', 'Objective'])];
    const afterKeys = extras.filter((e): e is 'lead' | 'timescale' => e !== 'ref');
    const after = afterKeys.map((e) => EXTRA_LABELS[e][labelIndex]!);
    const ownerSeparator = random.pick([', ', '; ']);
    let ticks = 0;
    const rows: ZooCell[][] = [];
    const gold: GoldAction[] = [];
    for (const e of entries) {
      const a = e.action;
      const themeCells = THEME_IDS.map((t) => (a.themes.includes(t) ? bodyCell([], { tick: tickAt(ticks++) }) : bodyCell([])));
      rows.push([
        ...(extras.includes('ref') ? [bodyCell([[e.printed]])] : []),
        bodyCell([[a.title]]),
        ...themeCells,
        ...afterKeys.map((k) => bodyCell([[k === 'lead' ? a.owners.join(ownerSeparator) : a.timeframe]])),
      ]);
      gold.push({
        ref: e.ref,
        title: a.title,
        description: null,
        themes: goldThemes(a.themes),
        timeframe: extras.includes('timescale') ? a.timeframe : null,
        owners: extras.includes('lead') ? [...a.owners] : null,
        parentRef: e.parentRef,
      });
    }
    const key: ZooBlock[] = dims.themeHeaders === 'abbreviations'
      ? [{ kind: 'paragraph', runs: [`Key: ${THEME_IDS.map((t) => `${THEME_CODE[t]} – ${themeLabel(t)}`).join(', ')}`] }]
      : [];
    return {
      doc: {
        title: documentTitle(plan),
        blocks: [
          ...titleBlock(plan, dims.titleBlock, random),
          ...actionsHeading(random),
          ...key,
          {
            kind: 'table',
            ruled: dims.ruling === 'ruled',
            header: headerRows(dims.themeHeaders, before, after),
            rows,
            textStyle: dims.textStyle,
            landscape: dims.landscape === 'landscape',
          },
        ],
        text: {},
      },
      gold,
      dimensions: { ...dims, refStyle },
    };
  },
};
