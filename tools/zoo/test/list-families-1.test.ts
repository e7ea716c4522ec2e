// The first set of list / section families: each variant is deterministic, its gold is exactly
// what it printed (every title, ref, timeframe and owner in the text; refs unique; nothing from a
// decoy list taken for an action), and the first variants together use every declared dimension
// value (five variants, or as many as the family's largest dimension has values).
import { describe, expect, it } from 'vitest';
import { DECOY_ITEMS } from '../src/content/decoys.ts';
import { makePlan } from '../src/content/make-plan.ts';
import { bulletedList, bulletedListDimensions } from '../src/families/bulleted-list.ts';
import { dashTitleNarrative, dashTitleNarrativeDimensions } from '../src/families/dash-title-narrative.ts';
import { headingPerAction, headingPerActionDimensions } from '../src/families/heading-per-action.ts';
import { labelledBlocks, labelledBlocksDimensions } from '../src/families/labelled-blocks.ts';
import { nestedFieldBullets, nestedFieldBulletsDimensions } from '../src/families/nested-field-bullets.ts';
import { numberedList, numberedListDimensions } from '../src/families/numbered-list.ts';
import { refLedParagraphs, refLedParagraphsDimensions } from '../src/families/ref-led-paragraphs.ts';
import type { FamilyOutput, LayoutFamily } from '../src/family.ts';
import { GoldAction } from '../src/gold.ts';
import { Random } from '../src/random.ts';
import { inlineText, type ZooBlock, type ZooList } from '../src/zoo-doc.ts';

const FAMILIES: Array<[LayoutFamily, Readonly<Record<string, readonly string[]>>]> = [
  [numberedList, numberedListDimensions],
  [bulletedList, bulletedListDimensions],
  [nestedFieldBullets, nestedFieldBulletsDimensions],
  [headingPerAction, headingPerActionDimensions],
  [refLedParagraphs, refLedParagraphsDimensions],
  [dashTitleNarrative, dashTitleNarrativeDimensions],
  [labelledBlocks, labelledBlocksDimensions],
];

const SEEDS = [3, 404, 777_001] as const;

const render = (family: LayoutFamily, seed: number, variant: number): FamilyOutput => family.render(makePlan(seed), variant, new Random(seed * 17 + variant));

const variantCount = (dims: Readonly<Record<string, readonly string[]>>): number => Math.max(5, ...Object.values(dims).map((v) => v.length));

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];

/** The number an ordered list prints before item n, as any writer would. */
function listMarker(list: ZooList, n: number): string {
  switch (list.style ?? 'decimal') {
    case 'lower-roman': return `${ROMAN[n - 1]}.`;
    case 'lower-alpha': return `${String.fromCharCode(96 + n)}.`;
    case 'lower-alpha-paren': return `(${String.fromCharCode(96 + n)})`;
    case 'upper-alpha': return `${String.fromCharCode(64 + n)}.`;
    case 'decimal-paren': return `${n})`;
    case 'decimal': return `${n}.`;
  }
}

/** One string per printed line: headings, paragraph lines, list items (with their numbers). */
function printedLines(blocks: readonly ZooBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(b.text);
    if (b.kind === 'paragraph') out.push(...(b.lines ? b.lines.map(inlineText) : [inlineText(b.runs)]));
    if (b.kind === 'list') {
      b.items.forEach((item, i) => {
        const marker = b.ordered ? `${listMarker(b, (b.start ?? 1) + i)} ` : '';
        item.paragraphs.forEach((p, k) => out.push(`${k === 0 ? marker : ''}${inlineText(p)}`));
        out.push(...printedLines(item.children ?? []));
      });
    }
    if (b.kind === 'table') for (const row of [...b.header, ...b.rows]) for (const c of row) out.push(...c.paragraphs.map(inlineText), ...(c.bullets ?? []));
  }
  return out;
}

describe.each(FAMILIES.map(([family, dims]) => ({ id: family.id, family, dims })))('$id', ({ family, dims }) => {
  const variants = Array.from({ length: variantCount(dims) }, (_, v) => v);

  it.each(variants)('variant %i is deterministic', (variant) => {
    for (const seed of SEEDS) expect(render(family, seed, variant)).toEqual(render(family, seed, variant));
  });

  it.each(variants)('variant %i: gold is valid, one per action, refs unique', (variant) => {
    for (const seed of SEEDS) {
      const { gold, dimensions } = render(family, seed, variant);
      expect(gold).toHaveLength(makePlan(seed).actions.length);
      for (const g of gold) GoldAction.parse(g);
      const refs = gold.filter((g) => g.ref !== null);
      // A list that restarts its numbering under each theme repeats refs; they stay unique per theme.
      const keys = refs.map((g) => (dimensions.numbering === 'restart' ? `${g.themes?.join()}|${g.ref}` : g.ref));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it.each(variants)('variant %i: every gold field is printed', (variant) => {
    for (const seed of SEEDS) {
      const { doc, gold } = render(family, seed, variant);
      const lines = printedLines(doc.blocks);
      const text = lines.join('\n');
      for (const g of gold) {
        const own = lines.filter((l) => l.includes(g.title));
        expect(own.length, g.title).toBeGreaterThan(0);
        if (g.ref !== null) expect(text).toContain(g.ref);
        if (g.timeframe !== null) expect(text).toContain(g.timeframe);
        for (const owner of g.owners ?? []) expect(text).toContain(owner);
        if (g.description !== null) for (const sentence of g.description.split(/\n|(?<=\.) /)) expect(text).toContain(sentence);
      }
    }
  });

  it.each(variants)('variant %i: themes are stated only by theme headings, words or fields', (variant) => {
    for (const seed of SEEDS) {
      const { gold, dimensions } = render(family, seed, variant);
      const grouped = dimensions.intro === 'theme-heading' || dimensions.intro === 'theme-word';
      const field = dimensions.themeField === 'field' || dimensions.themeField === 'present' || dimensions.themesLine === 'present';
      for (const g of gold) {
        if (grouped || field) expect(g.themes, g.title).not.toBeNull();
        else expect(g.themes, g.title).toBeNull();
      }
    }
  });

  it.each(variants)('variant %i: decoy lists are printed but never read as actions', (variant) => {
    for (const seed of SEEDS) {
      const { doc, gold, dimensions } = render(family, seed, variant);
      const text = printedLines(doc.blocks).join('\n');
      const decoysPrinted = DECOY_ITEMS.filter((d) => text.includes(d));
      if (dimensions.decoys === 'none') expect(decoysPrinted).toEqual([]);
      else expect(decoysPrinted.length).toBeGreaterThan(2);
      for (const g of gold) {
        for (const d of DECOY_ITEMS) {
          expect(g.title.includes(d) || d.includes(g.title), `${g.title} / ${d}`).toBe(false);
          expect(g.description ?? '').not.toContain(d);
        }
      }
    }
  });

  it(`covers every dimension value within its first ${variantCount(dims)} variants`, () => {
    const seen: Record<string, Set<string>> = {};
    for (const v of variants) {
      for (const [k, value] of Object.entries(render(family, SEEDS[0], v).dimensions)) (seen[k] ??= new Set()).add(value);
    }
    for (const [name, values] of Object.entries(dims)) expect([...(seen[name] ?? [])].sort(), name).toEqual(expect.arrayContaining([...values]));
  });
});
