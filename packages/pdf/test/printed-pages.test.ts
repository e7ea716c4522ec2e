// Made-up pages printed by a real producer (fixtures/pdf/printed/<name>.html, printed beside it by
// tools/fixtures build:test-pages), each pinning one rule the producer matrix needed: footnote
// markers raised by a browser, wrapped onto a line of their own, the footnote list printed just
// under a table without rulings, the rest of a row cut by a page break with no header repeated,
// and bullets that are not text (drawn by Chromium, a symbol-font
// glyph with no Unicode from LibreOffice's Word → PDF) keeping every item of a cell's list.
import { readFileSync } from 'node:fs';
import type { BlockNode, LayoutDocument, TableNode } from '@tc/model';
import { describe, expect, it } from 'vitest';
import { recognisePlan } from '@tc/recognise';
import { parsePdf } from '../src/index.ts';

const printed = async (name: string) =>
  parsePdf(new Uint8Array(readFileSync(new URL(`../../../fixtures/pdf/printed/${name}.pdf`, import.meta.url))));
const tables = (doc: LayoutDocument) => doc.children.filter((c): c is TableNode => c.type === 'table');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (nodes: readonly BlockNode[]): string => fold(nodes.map((n) => ('text' in n ? n.text : '')).join(' '));
const column = (t: TableNode, c: number) => t.rows.map((r) => fold(r.cells[c]?.text ?? ''));

describe('footnote markers in a table without rulings (Chromium)', () => {
  it('keeps a raised marker level with the next column on its own line: one row per action', async () => {
    const [table, ...rest] = tables(await printed('chromium-raised-markers'));
    expect(rest).toHaveLength(0);
    expect(column(table!, 0)).toEqual(['Ref', 'A1', 'A2', 'A3', 'A4', 'A5']);
    for (const row of table!.rows.slice(1)) {
      expect(fold(row.cells[1]!.text)).toMatch(/^Hold a yearly open day .*¹\. Invite .*day²\. Publish .* in every school ?² \.$/);
      expect(row.cells[2]!.text).not.toMatch(/[¹²]/);
    }
  });

  it('keeps markers wrapped onto a line of their own in the table, in their cell', async () => {
    const [table, ...rest] = tables(await printed('chromium-wrapped-marker'));
    expect(rest).toHaveLength(0);
    expect(column(table!, 0)).toEqual(['Ref', 'A1', 'A2', 'A3', 'A4', 'A5']);
    expect(fold(table!.rows[3]!.cells[1]!.text)).toBe('Fund places on accredited courses for the workshop staff¹ ²');
    expect(column(table!, 3)).toEqual(['When', 'Year 1', 'Year 2', 'Year 3', 'Year 1', 'Years 1-3']);
  });

  it('leaves the footnote list under the table out of it', async () => {
    const doc = await printed('chromium-footnotes-after-table');
    const [table, ...rest] = tables(doc);
    expect(rest).toHaveLength(0);
    expect(column(table!, 0)).toEqual(['Action', 'A1', 'A2', 'A3']);
    expect(fold(table!.rows[3]!.cells[1]!.text)).toMatch(/^Embed the technical career pathways .* each team²\.$/);
    const after = doc.children.slice(doc.children.indexOf(table!) + 1);
    expect(after.map((n) => n.type)).toEqual(['list']);
    expect(after[0]?.type === 'list' && after[0].children.map((i) => [i.marker, textOf(i.children)])).toEqual([['1.', 'Asked for by the workshop staff.'], ['2.', 'Part of the outreach plan.']]);
  });
});

describe('bulleted lists in a table cell', () => {
  const themes = ['Themes', 'Visibility\nRecognition\nSustainability', 'Career Development', 'Career Development\nSustainability', 'Visibility\nRecognition'];

  it.each(['chromium-cell-bullets', 'libreoffice-word-cell-bullets'])('%s: every item kept, one line each', async (name) => {
    const [table, ...rest] = tables(await printed(name));
    expect(rest).toHaveLength(0);
    expect(table!.rows.map((r) => r.cells[2]!.text)).toEqual(themes);
  });
});

describe('a row cut by a page break, no header repeated (Chromium, no rulings)', () => {
  it('takes the rest printed in one cell at the top of the next page back into the row', async () => {
    const doc = await printed('chromium-row-cut-no-header');
    const [table, ...rest] = tables(doc);
    expect(rest).toHaveLength(0);
    expect(doc.children.map((n) => n.type)).toEqual(['heading', 'table']);
    expect(column(table!, 0)).toEqual(['Ref', ...Array.from({ length: 10 }, (_, i) => `A${i + 1}`)]);
    const cut = table!.rows[7]!;
    expect(cut.continued).toBe(true);
    expect(fold(cut.cells[1]!.text)).toMatch(/ to the open day²\. Publish a film of the day for all of the technical technical staff in every school ?² \.$/);
  });

  it('so the rest is never an action of its own, nor text outside the actions', async () => {
    const doc = await printed('chromium-row-cut-no-header');
    const plan = recognisePlan(doc, { name: 'chromium-row-cut-no-header.pdf', format: 'pdf', sha256: '0'.repeat(64), pages: doc.pages }, { classify: false });
    expect(plan.actions.map((a) => a.ref)).toEqual(Array.from({ length: 10 }, (_, i) => `A${i + 1}`));
    expect(plan.actions[6]!.title).toMatch(/in every school\.$/);
    expect(plan.actions.every((a) => a.owners.map((o) => o.raw).join() === 'Head of Operations')).toBe(true);
    expect(plan.sections.map((s) => s.text).join(' ')).not.toMatch(/Publish a film/);
  });
});
