import { describe, expect, it } from 'vitest';
import { NOT_PLAN_KINDS } from '../src/not-plans/index.ts';
import { Random } from '../src/random.ts';
import { inlineText, type ZooBlock, type ZooDocument } from '../src/zoo-doc.ts';

const VARIANTS = [0, 1] as const;
const SEED = 4242;

const render = (kindIndex: number, variant: number, seed = SEED): ZooDocument => NOT_PLAN_KINDS[kindIndex]!.render(variant, new Random(seed));

/** Every block, nested list children included. */
function allBlocks(blocks: readonly ZooBlock[]): ZooBlock[] {
  return blocks.flatMap((b) => (b.kind === 'list' ? [b, ...allBlocks(b.items.flatMap((i) => i.children ?? []))] : [b]));
}

/** The block kinds in order, with list numbering and heading levels: the document's structure. */
const shape = (doc: ZooDocument): string[] =>
  allBlocks(doc.blocks).map((b) => (b.kind === 'list' ? `list:${b.ordered}` : b.kind === 'heading' ? `h${b.level}` : b.kind));

function plainText(doc: ZooDocument): string {
  const parts: string[] = [];
  for (const b of allBlocks(doc.blocks)) {
    if (b.kind === 'heading') parts.push(b.text);
    if (b.kind === 'paragraph') parts.push(inlineText(b.runs));
    if (b.kind === 'list') for (const item of b.items) for (const p of item.paragraphs) parts.push(inlineText(p));
    if (b.kind === 'table') for (const row of [...b.header, ...b.rows]) for (const c of row) for (const p of c.paragraphs) parts.push(inlineText(p));
  }
  return parts.join('\n');
}

describe('not-plans', () => {
  it('has the required kinds, with unique kebab-case ids and descriptions', () => {
    const ids = NOT_PLAN_KINDS.map((k) => k.id);
    expect(ids).toEqual(expect.arrayContaining(['meeting-minutes', 'newsletter', 'job-advert', 'policy', 'self-assessment']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const k of NOT_PLAN_KINDS) {
      expect(k.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(k.description.length).toBeGreaterThan(20);
    }
  });

  NOT_PLAN_KINDS.forEach((kind, k) => {
    describe(kind.id, () => {
      for (const variant of VARIANTS) {
        it(`variant ${variant} renders deterministically`, () => {
          expect(render(k, variant)).toEqual(render(k, variant));
        });

        it(`variant ${variant} has at least 8 blocks and a list or a table`, () => {
          const doc = render(k, variant);
          expect(doc.blocks.length).toBeGreaterThanOrEqual(8);
          expect(allBlocks(doc.blocks).some((b) => b.kind === 'list' || b.kind === 'table')).toBe(true);
          expect(doc.title.trim()).not.toBe('');
        });
      }

      it('variants 0 and 1 differ in structure, not only in wording', () => {
        expect(shape(render(k, 0))).not.toEqual(shape(render(k, 1)));
      });

      it('the seed changes the wording', () => {
        expect(plainText(render(k, 0, 1))).not.toBe(plainText(render(k, 0, 2)));
      });

      it('prints no action-plan furniture (an "Action:" line or an actions table header)', () => {
        for (const variant of VARIANTS) {
          const text = plainText(render(k, variant));
          expect(text).not.toMatch(/^\s*actions?\s*(arising)?\s*:/im);
          expect(text).not.toMatch(/success measure/i);
        }
      });
    });
  });
});
