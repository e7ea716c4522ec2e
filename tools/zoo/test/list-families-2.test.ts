// The second set of list / section families: each variant is deterministic, its gold is exactly
// what it printed (every title in the text, refs unique, no decoy taken for an action), and
// variants 0–4 together use every value of every dimension the family declares.
import { THEME_IDS } from '@tc/model';
import { THEME_DEFINITIONS } from '@tc/themes';
import { describe, expect, it } from 'vitest';
import { DECOY_ITEMS, THEME_LABELS } from '../src/content/decoys.ts';
import { makePlan } from '../src/content/make-plan.ts';
import { codedList, codedListDimensions } from '../src/families/coded-list.ts';
import { inlineFields, inlineFieldsDimensions } from '../src/families/inline-fields.ts';
import { objectiveHierarchy, objectiveHierarchyDimensions } from '../src/families/objective-hierarchy.ts';
import { themeDefinitionSections, themeDefinitionSectionsDimensions } from '../src/families/theme-definition-sections.ts';
import { titleColonDetail, titleColonDetailDimensions } from '../src/families/title-colon-detail.ts';
import { wordAutonumber, wordAutonumberDimensions } from '../src/families/word-autonumber.ts';
import { yearLists, yearListsDimensions } from '../src/families/year-lists.ts';
import type { FamilyOutput, LayoutFamily } from '../src/family.ts';
import { GoldAction } from '../src/gold.ts';
import { Random } from '../src/random.ts';
import { THEME_CODE } from '../src/ref-styles.ts';
import { inlineText, type ZooBlock, type ZooDocument } from '../src/zoo-doc.ts';

const FAMILIES: Array<[LayoutFamily, Readonly<Record<string, readonly string[]>>]> = [
  [wordAutonumber, wordAutonumberDimensions],
  [titleColonDetail, titleColonDetailDimensions],
  [themeDefinitionSections, themeDefinitionSectionsDimensions],
  [inlineFields, inlineFieldsDimensions],
  [yearLists, yearListsDimensions],
  [objectiveHierarchy, objectiveHierarchyDimensions],
  [codedList, codedListDimensions],
];

const VARIANTS = [0, 1, 2, 3, 4] as const;
const SEEDS = [7, 1234, 90210] as const;

const render = (family: LayoutFamily, seed: number, variant: number): FamilyOutput => family.render(makePlan(seed), variant, new Random(seed * 31 + variant));

/** Every block, nested list children included. */
function allBlocks(blocks: readonly ZooBlock[]): ZooBlock[] {
  return blocks.flatMap((b) => (b.kind === 'list' ? [b, ...allBlocks(b.items.flatMap((i) => i.children ?? []))] : [b]));
}

/** One string per printed paragraph (list items and table cells included). */
function paragraphs(doc: ZooDocument): string[] {
  const out: string[] = [];
  for (const b of allBlocks(doc.blocks)) {
    if (b.kind === 'heading') out.push(b.text);
    if (b.kind === 'paragraph') out.push(inlineText(b.runs), ...(b.lines ?? []).map(inlineText));
    if (b.kind === 'list') for (const item of b.items) for (const p of item.paragraphs) out.push(inlineText(p));
    if (b.kind === 'table') for (const row of [...b.header, ...b.rows]) for (const c of row) for (const p of c.paragraphs) out.push(inlineText(p));
  }
  return out;
}

/** Problems with a rendering's gold against what it printed; empty when the gold is right. */
function goldProblems(out: FamilyOutput, actionCount: number): string[] {
  const problems: string[] = [];
  const text = paragraphs(out.doc).join('\n');
  if (out.gold.length !== actionCount) problems.push(`gold has ${out.gold.length} actions, plan ${actionCount}`);
  for (const g of out.gold) {
    if (!GoldAction.safeParse(g).success) problems.push(`invalid gold action ${g.title}`);
    if (!text.includes(g.title)) problems.push(`title not printed: ${g.title}`);
    if (DECOY_ITEMS.some((d) => g.title.includes(d) || d.includes(g.title))) problems.push(`decoy as gold: ${g.title}`);
    if (g.description !== null && !text.includes(g.description)) problems.push(`description not printed: ${g.description}`);
    if (g.timeframe !== null && !text.includes(g.timeframe)) problems.push(`timeframe not printed: ${g.timeframe}`);
    for (const owner of g.owners ?? []) if (!text.includes(owner)) problems.push(`owner not printed: ${owner}`);
    for (const theme of g.themes ?? []) {
      const words = [THEME_LABELS[theme], THEME_DEFINITIONS[theme].definition].map((s) => s.toLowerCase());
      const code = new RegExp(`[[(, ]${THEME_CODE[theme]}[,\\])]`);
      if (!words.some((w) => text.toLowerCase().includes(w)) && !code.test(text)) problems.push(`theme not printed: ${theme}`);
    }
  }
  // Word restarts the count in each theme section, so there the printed number repeats across
  // sections and only the (section, number) pair is unique.
  const restarts = out.dimensions['numbering'] === 'restart-per-section';
  const keys = out.gold.filter((g) => g.ref !== null).map((g) => (restarts ? `${g.themes?.[0] ?? '?'}:${g.ref}` : g.ref));
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k!)) problems.push(`duplicate ref ${k}`);
    seen.add(k!);
  }
  return problems;
}

describe('the gold checks themselves', () => {
  it('catch a title that was never printed, a duplicate ref and a decoy in gold', () => {
    const out = render(codedList, 7, 0);
    const broken: FamilyOutput = {
      ...out,
      gold: [
        { ...out.gold[0]!, title: 'Build a rocket for the workshop' },
        { ...out.gold[1]!, ref: out.gold[2]!.ref },
        ...out.gold.slice(2, -1),
        { ...out.gold.at(-1)!, title: DECOY_ITEMS.at(-1)! },
      ],
    };
    const problems = goldProblems(broken, out.gold.length);
    expect(problems.some((p) => p.startsWith('title not printed: Build a rocket'))).toBe(true);
    expect(problems.some((p) => p.startsWith('duplicate ref'))).toBe(true);
    expect(problems.some((p) => p.startsWith('decoy as gold'))).toBe(true);
    expect(goldProblems(out, out.gold.length)).toEqual([]);
  });
});

describe.each(FAMILIES.map(([family, dimensions]) => [family.id, family, dimensions] as const))('%s', (_id, family, dimensions) => {
  it('has a kebab-case id, a description and a real shape', () => {
    expect(family.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(family.description.length).toBeGreaterThan(40);
    expect(family.realShape.length).toBeGreaterThan(40);
  });

  it.each(VARIANTS)('variant %i is deterministic', (variant) => {
    expect(render(family, 1234, variant)).toEqual(render(family, 1234, variant));
    expect(JSON.stringify(render(family, 1234, variant))).not.toEqual(JSON.stringify(render(family, 7, variant)));
  });

  it.each(VARIANTS)('variant %i prints exactly its gold', (variant) => {
    for (const seed of SEEDS) {
      const out = render(family, seed, variant);
      expect(goldProblems(out, makePlan(seed).actions.length), `seed ${seed}`).toEqual([]);
      expect(out.doc.blocks.length).toBeGreaterThan(0);
      expect(paragraphs(out.doc).slice(0, 3).join(' ')).toContain(makePlan(seed).institution);
    }
  });

  it.each(VARIANTS)('variant %i prints decoys exactly when it says so', (variant) => {
    const out = render(family, 90210, variant);
    const text = paragraphs(out.doc);
    const decoys = text.filter((p) => DECOY_ITEMS.includes(p));
    if (out.dimensions['decoys'] === 'none') expect(decoys).toEqual([]);
    else expect(decoys.length).toBeGreaterThan(2);
  });

  it('covers every dimension value over variants 0–4', () => {
    const used = new Map<string, Set<string>>();
    for (const variant of VARIANTS) {
      for (const [name, value] of Object.entries(render(family, 7, variant).dimensions)) {
        used.set(name, (used.get(name) ?? new Set()).add(value));
      }
    }
    for (const [name, values] of Object.entries(dimensions)) {
      expect([...(used.get(name) ?? [])].sort(), name).toEqual([...values].sort());
    }
  });
});

describe('family-specific gold', () => {
  it('word-autonumber numbers continue across the field paragraphs, or restart per section', () => {
    const outs = VARIANTS.map((v) => render(wordAutonumber, 7, v));
    const continuous = outs.find((o) => o.dimensions['numbering'] === 'continuous')!;
    expect(continuous.gold.map((g) => g.ref)).toEqual(continuous.gold.map((_, i) => String(i + 1)));
    const restarted = outs.find((o) => o.dimensions['numbering'] === 'restart-per-section')!;
    expect(restarted.gold.filter((g) => g.ref === '1').length).toBeGreaterThan(1);
    const lists = restarted.doc.blocks.filter((b) => b.kind === 'list' && b.numbering?.id.startsWith('actions-'));
    expect(lists.filter((b) => b.kind === 'list' && b.numbering?.restart).length).toBe(restarted.gold.filter((g) => g.ref === '1').length);
  });

  it('theme-definition-sections states every theme only through its definition', () => {
    for (const variant of VARIANTS) {
      const out = render(themeDefinitionSections, 7, variant);
      expect(out.gold.every((g) => g.themes?.length === 1)).toBe(true);
      const text = paragraphs(out.doc).join('\n');
      for (const theme of THEME_IDS) expect(text).toContain(THEME_DEFINITIONS[theme].definition);
    }
  });

  it('year-lists never records the year heading as a timeframe', () => {
    for (const variant of VARIANTS) {
      const out = render(yearLists, 7, variant);
      if (out.dimensions['actionTimeframe'] === 'none') expect(out.gold.every((g) => g.timeframe === null)).toBe(true);
    }
  });

  it('objective-hierarchy records sub-action refs and no objectives', () => {
    const out = render(objectiveHierarchy, 7, 0);
    expect(out.gold.every((g) => /^\d+\.\d+$/.test(g.ref ?? '') && g.parentRef === null)).toBe(true);
  });

  it('coded-list refs share one prefix', () => {
    for (const variant of VARIANTS) {
      const refs = render(codedList, 1234, variant).gold.map((g) => g.ref ?? '');
      const prefix = refs[0]!.split('-')[0];
      expect(['HU', 'T', 'TS']).toContain(prefix);
      expect(refs.every((r) => new RegExp(`^${prefix}-\\d{2}$`).test(r))).toBe(true);
    }
  });
});
