import { THEME_IDS } from '@tc/model';
import { describe, expect, it } from 'vitest';
import { makePlan } from '../src/content/make-plan.ts';
import { fieldValueTables } from '../src/families/field-value-tables.ts';
import { flattenedTable } from '../src/families/flattened-table.ts';
import { headerTable } from '../src/families/header-table.ts';
import { pipeTableLoose } from '../src/families/pipe-table-loose.ts';
import { spaceAlignedTable } from '../src/families/space-aligned-table.ts';
import { tablePerTheme } from '../src/families/table-per-theme.ts';
import { themeSpanTable } from '../src/families/theme-span-table.ts';
import { tickGrid } from '../src/families/tick-grid.ts';
import type { FamilyOutput, LayoutFamily } from '../src/family.ts';
import { GoldAction } from '../src/gold.ts';
import { Random } from '../src/random.ts';
import { inlineText, type TickStyle, type ZooBlock, type ZooCell, type ZooTable } from '../src/zoo-doc.ts';

const FAMILIES: readonly LayoutFamily[] = [headerTable, tickGrid, themeSpanTable, tablePerTheme, fieldValueTables, flattenedTable, pipeTableLoose, spaceAlignedTable];
const VARIANTS = [0, 1, 2, 3, 4];
const SEEDS = [3, 17, 2024];

// Written out here rather than imported, so that a family dropping a value makes this fail.
const MUST_COVER: Record<string, Record<string, readonly string[]>> = {
  'header-table': {
    refStyle: ['n', 'n.', 'theme-code', 'dash-code', 'none'],
    themeColumn: ['names-semicolon', 'mainly-also', 'codes', 'abbreviated', 'none'],
    ruling: ['ruled', 'unruled'],
    textStyle: ['tabs', 'pipes', 'spaces'],
  },
  'tick-grid': {
    themeHeaders: ['full', 'abbreviations', 'two-row', 'group-header', 'rotated'],
    extraColumns: ['ref', 'ref+timescale', 'timescale+lead', 'ref+timescale+lead', 'none'],
    ruling: ['ruled', 'unruled'],
    landscape: ['landscape', 'portrait'],
  },
  'theme-span-table': { themeCell: ['name', 'name+definition', 'upper-case-name'], subActions: ['with', 'without'], textStyle: ['tabs', 'flattened'] },
  'table-per-theme': { themeHeading: ['name', 'numbered', 'definition'], refs: ['n.n-column', 'n.n-in-action-cell', 'none'] },
  'field-value-tables': { refPlacement: ['heading-action-n', 'ref-row-n', 'ref-row-theme-code', 'ref-row-dash-code', 'none'], themeRow: ['names', 'bullets', 'none'] },
  'flattened-table': {
    actionLabel: ['Action', 'Support actions', 'Actions', 'What we will do'],
    emptyCells: ['some', 'none'],
    refStyle: ['n', 'theme-code', 'n.', 'none'],
    themeWording: ['names', 'codes', 'mainly-also', 'none'],
  },
  'pipe-table-loose': { textStyle: ['pipes-no-delimiter', 'pipes-broken'], refStyle: ['n', 'theme-code', 'dash-code', 'n.'] },
  'space-aligned-table': { refStyle: ['n', 'n.', 'theme-code', 'none'], themeWording: ['names', 'codes', 'abbreviated', 'none'] },
};

const HEADER_LABELS = [
  'Ref', 'No.', '#', 'Action No.', 'Action', 'Objective', 'What we will do', 'Lead', 'Owner', 'Responsible', 'Who',
  'Timescale', 'Deadline', 'By when', 'Target date', 'Due', 'Success measure', 'KPI', 'Evidence', 'Success criteria', 'Status', 'RAG', 'Progress',
];
const TICKS: readonly TickStyle[] = ['✓', '✔', '●', 'x', 'X', 'Y', 'Yes', 'wingdings', 'checkbox'];

const plan = (seed: number) => makePlan(seed, { children: true });
const render = (f: LayoutFamily, seed: number, variant: number): FamilyOutput => f.render(plan(seed), variant, new Random(seed * 31 + variant));

const cellText = (c: ZooCell): string[] => [...c.paragraphs.map(inlineText), ...(c.bullets ?? [])];
function blockTexts(b: ZooBlock): string[] {
  switch (b.kind) {
    case 'heading': return [b.text];
    case 'paragraph': return [inlineText(b.runs), ...(b.lines ?? []).map(inlineText)];
    case 'list': return b.items.flatMap((i) => [...i.paragraphs.map(inlineText), ...(i.children ?? []).flatMap(blockTexts)]);
    case 'table': return [...b.header, ...b.rows].flat().flatMap(cellText);
    case 'pageBreak': return [];
  }
}
const tables = (o: FamilyOutput): ZooTable[] => o.doc.blocks.filter((b): b is ZooTable => b.kind === 'table');

describe.each(FAMILIES.map((f) => [f.id, f] as const))('%s', (_id, family) => {
  it('renders the same document twice from the same seed and variant', () => {
    for (const v of VARIANTS) expect(JSON.stringify(render(family, 17, v))).toBe(JSON.stringify(render(family, 17, v)));
  });

  it('records gold that is valid, unique by ref, and printed', () => {
    for (const seed of SEEDS) for (const v of VARIANTS) {
      const out = render(family, seed, v);
      const text = out.doc.blocks.flatMap(blockTexts).join('\n');
      expect(out.gold.length).toBeGreaterThan(0);
      const refs = out.gold.map((g) => g.ref).filter((r) => r !== null);
      expect(new Set(refs).size, `duplicate refs in variant ${v}`).toBe(refs.length);
      for (const g of out.gold) {
        GoldAction.parse(g);
        expect(text, `variant ${v}`).toContain(g.title);
        if (g.ref !== null) expect(text).toContain(g.ref);
        if (g.timeframe !== null) expect(text).toContain(g.timeframe);
        for (const o of g.owners ?? []) expect(text).toContain(o);
        if (g.parentRef !== null) expect(refs).toContain(g.parentRef);
      }
      expect(out.doc.blocks.slice(0, 3).some((b) => blockTexts(b).some((t) => t.includes(String(out.doc.title.match(/\d{4}–\d{4}/)?.[0]))))).toBe(true);
    }
  });

  it('covers every listed dimension value over variants 0–4', () => {
    const seen: Record<string, Set<string>> = {};
    for (const v of VARIANTS) for (const [k, value] of Object.entries(render(family, 3, v).dimensions)) (seen[k] ??= new Set()).add(value);
    for (const [k, values] of Object.entries(MUST_COVER[family.id]!)) expect([...(seen[k] ?? [])].sort(), k).toEqual(expect.arrayContaining([...values]));
  });

  it('prints sub-actions with their parent ref in some variant', () => {
    expect(VARIANTS.some((v) => render(family, 3, v).gold.some((g) => g.parentRef !== null))).toBe(true);
  });
});

describe('family specifics', () => {
  it('the test plans have sub-actions to print', () => {
    for (const seed of SEEDS) expect(plan(seed).actions.some((a) => a.children.length > 0)).toBe(true);
  });

  it('header-table prints every listed column label and "All four themes" with four gold themes', () => {
    const outs = VARIANTS.map((v) => render(headerTable, 3, v));
    const labels = new Set(outs.flatMap((o) => tables(o).flatMap((t) => t.header.flat().flatMap(cellText))));
    for (const l of HEADER_LABELS) expect(labels, l).toContain(l);
    const allFour = outs.flatMap((o) => o.gold).filter((g) => g.themes?.length === 4);
    expect(allFour.length).toBeGreaterThan(0);
    const text = outs.flatMap((o) => o.doc.blocks.flatMap(blockTexts)).join('\n');
    for (const wording of ['All four themes', 'Mainly ', 'Career dev.', '; ']) expect(text).toContain(wording);
    expect(text).toMatch(/\b(V|R|CD|S), (V|R|CD|S)\b/);
    expect(outs.some((o) => o.gold.every((g) => g.themes === null))).toBe(true);
  });

  it('tick-grid prints every tick form, one tick per gold theme', () => {
    const seen = new Set<TickStyle>();
    for (const v of VARIANTS) {
      const out = render(tickGrid, 17, v);
      const ticks = tables(out).flatMap((t) => t.rows.flat()).flatMap((c) => (c.tick ? [c.tick] : []));
      ticks.forEach((t) => seen.add(t));
      expect(ticks.length).toBe(out.gold.reduce((n, g) => n + (g.themes?.length ?? 0), 0));
    }
    expect([...seen].sort()).toEqual([...TICKS].sort());
  });

  it('theme-span-table merges each theme cell over exactly its rows', () => {
    for (const v of VARIANTS) {
      const out = render(themeSpanTable, 3, v);
      const [table] = tables(out);
      const spans = table!.rows.filter((r) => r.length === 5).map((r) => r[0]!.rowSpan ?? 1);
      expect(spans.reduce((a, b) => a + b, 0)).toBe(table!.rows.length);
      expect(out.gold.every((g) => g.themes?.length === 1 && /^(V|R|CD|S)\d+[a-z]?$/.test(g.ref ?? ''))).toBe(true);
    }
  });

  it('table-per-theme states each table\'s theme in its heading', () => {
    for (const v of VARIANTS) {
      const out = render(tablePerTheme, 3, v);
      expect(tables(out)).toHaveLength(THEME_IDS.length);
      expect(out.gold.every((g) => g.themes?.length === 1)).toBe(true);
    }
  });

  it('flattened-table prints paragraphs only, and blanks cells whose field is then not gold', () => {
    const outs = VARIANTS.map((v) => render(flattenedTable, 3, v));
    for (const o of outs) expect(tables(o)).toHaveLength(0);
    expect(outs.flatMap((o) => o.gold).some((g) => g.owners === null || g.timeframe === null)).toBe(true);
  });

  it('field-value-tables records the number of an "Action n" heading as the ref', () => {
    const out = VARIANTS.map((v) => render(fieldValueTables, 3, v)).find((o) => o.dimensions.refPlacement === 'heading-action-n')!;
    const headings = out.doc.blocks.flatMap((b) => (b.kind === 'heading' && /^Action \d/.test(b.text) ? [b.text] : []));
    expect(headings).toEqual(out.gold.map((g) => `Action ${g.ref}`));
  });

  it('table text styles match each family', () => {
    const styles = (f: LayoutFamily) => new Set(VARIANTS.flatMap((v) => tables(render(f, 3, v)).map((t) => t.textStyle)));
    expect([...styles(pipeTableLoose)].sort()).toEqual(['pipes-broken', 'pipes-no-delimiter']);
    expect([...styles(spaceAlignedTable)]).toEqual(['spaces']);
    expect(VARIANTS.every((v) => tables(render(spaceAlignedTable, 3, v)).every((t) => !t.ruled))).toBe(true);
    expect([...styles(headerTable)].sort()).toEqual(['pipes', 'spaces', 'tabs']);
  });
});
