// What the parser reads from the Word fixtures, feature by feature, in both renditions.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type BlockNode, LayoutDocument, type TableNode } from '@tc/model';
import { parseDocx } from '../src/index.ts';

const read = (slug: string, file: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../fixtures/plans/${slug}/${file}`, import.meta.url)));
const parse = async (slug: string, file: string): Promise<LayoutDocument> => LayoutDocument.parse(await parseDocx(read(slug, file)));
const tables = (doc: LayoutDocument): TableNode[] => doc.children.filter((b): b is TableNode => b.type === 'table');
const THEMES = ['Visibility', 'Recognition', 'Career Development', 'Sustainability'];

function every(blocks: BlockNode[], visit: (node: { position: unknown }) => void): void {
  for (const b of blocks) {
    visit(b);
    if (b.type === 'list') for (const item of b.children) (visit(item), every(item.children, visit));
    if (b.type === 'table') for (const row of b.rows) for (const cell of row.cells) (visit(row), visit(cell), every(cell.children, visit), cell.symbols.forEach(visit));
  }
}

/** The Y cells of the seed text's tick grid, as "No.:Theme" (a row split by a page break joins its first part). */
function textTicks(): string[] {
  const lines = readFileSync(new URL('../../../fixtures/plans/brighton/plan.txt', import.meta.url), 'utf8').split('\n');
  const out: string[] = [];
  let no = '';
  for (const line of lines.slice(lines.findIndex((l) => l.startsWith('\tAction')) + 1)) {
    const cells = line.split('\t');
    if (cells[0]) no = cells[0];
    cells.slice(4, 8).forEach((c, i) => c.trim() === 'Y' && out.push(`${no}:${THEMES[i]}`));
  }
  return out;
}

describe.each(['plan.docx', 'plan.lo.docx'])('%s', (file) => {
  test('every node of every fixture has DOCX provenance', async () => {
    for (const slug of ['portsmouth', 'brighton', 'chester', 'plymouth', 'leicester']) {
      const doc = await parse(slug, file);
      let nodes = 0;
      every(doc.children, (n) => {
        nodes++;
        expect(n.position).toMatchObject({ kind: 'docx', part: expect.stringMatching(/^word\//) });
      });
      expect(nodes).toBeGreaterThan(20);
      for (const f of doc.furniture) expect(f.position).toMatchObject({ kind: 'docx', part: expect.stringMatching(/^word\/(header|footer)/) });
    }
  });

  test('brighton: every kind of tick, the ticked cells equal the text Y cells', async () => {
    const doc = await parse('brighton', file);
    const grid = tables(doc)[1]!;
    expect(grid.headerRows).toBe(1);
    const header = grid.rows[0]!.cells.map((c) => c.text);
    const ticked: string[] = [];
    const evidence = new Set<string>();
    for (const row of grid.rows.slice(1)) {
      row.cells.forEach((cell, i) => {
        for (const s of cell.symbols) evidence.add(`${s.evidence}:${s.raw}`);
        if (i >= 4 && cell.symbols.some((s) => s.checked)) ticked.push(`${row.cells[0]!.text}:${header[i]}`);
      });
    }
    expect(ticked).toEqual(textTicks());
    expect(evidence).toContain('letter:Y');
    expect(evidence).toContain('glyph:✔');
    expect(evidence).toContain('checkbox-control:☐');
    expect(evidence).toContain('checkbox-control:☑');
    expect([...evidence].some((e) => e.startsWith('dingbat-font:'))).toBe(true);
    // "ü" typed in a Wingdings run reads as a tick (mammoth alone would print "ü").
    expect(grid.rows.flatMap((r) => r.cells).some((c) => c.text === '✓' && c.symbols.some((s) => s.raw === 'ü' || s.raw === '\uf0fc'))).toBe(true);
    const row16 = grid.rows.find((r) => r.cells[0]!.text === '16')!;
    expect(row16.cells[3]!.text).toBe('August 2020\nAugust 2020\nOn-going');
    expect(row16.cells[3]!.children).toHaveLength(3);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['docx-tracked-insertions', 'docx-tracked-deletions', 'docx-headers-footers']));
    expect(JSON.stringify(doc.children)).not.toContain('current job title');
    expect(JSON.stringify(doc.children)).toContain('badges for all Technicians');
  });

  test('chester: merged theme cells, a gridSpan, a repeated header, bullets, the page header', async () => {
    const doc = await parse('chester', file);
    const t = tables(doc)[0]!;
    expect(t.headerRows).toBe(1);
    expect(t.rows.every((r) => r.cells.length === 5)).toBe(true);
    expect(t.rows[1]!.cells[0]).toMatchObject({ colSpan: 4 });
    expect(t.rows[1]!.cells[3]!.mergedFrom).toEqual({ row: 1, col: 0 });
    expect(t.rows[2]!.cells[0]).toMatchObject({ rowSpan: 9, text: expect.stringMatching(/^VISIBILITY:/) });
    expect(t.rows[10]!.cells[0]!.mergedFrom).toEqual({ row: 2, col: 0 });
    const r5 = t.rows.find((r) => r.cells[1]!.text === 'R5')!.cells[2]!;
    expect(r5.children.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(r5.text.split('\n')).toHaveLength(5);
    expect(doc.furniture.map((f) => f.role)).toEqual(expect.arrayContaining(['header', 'page-number']));
    expect(doc.furniture.find((f) => f.role === 'header')!.text).toMatch(/^FINAL - APPENDIX D/);
    expect(JSON.stringify(doc.children)).not.toContain('FINAL - APPENDIX D');
  });

  test('portsmouth: Word numbers the overview 1..21; headings and bullets', async () => {
    const doc = await parse('portsmouth', file);
    const ordered = doc.children.find((b) => b.type === 'list' && b.ordered);
    expect(ordered?.type === 'list' && ordered.children.map((i) => i.marker)).toEqual(Array.from({ length: 21 }, (_v, i) => `${i + 1}.`));
    expect(doc.children.filter((b) => b.type === 'heading' && /^Action \d+$/.test(b.text))).toHaveLength(21);
    expect(JSON.stringify(doc.children)).toContain('Working with our Technicians, design');
  });

  test('plymouth: ticks in real theme columns', async () => {
    const doc = await parse('plymouth', file);
    const grid = tables(doc)[0]!;
    expect(grid.rows[0]!.cells.map((c) => c.text)).toEqual(['Action', ...THEMES]);
    const ticks = JSON.parse(readFileSync(new URL('../../../fixtures/plans/plymouth/rendition-ticks.json', import.meta.url), 'utf8')) as string[][];
    const read = grid.rows.slice(1).map((r) => THEMES.filter((_t, i) => r.cells[i + 1]!.symbols.some((s) => s.kind === 'tick' && s.checked)).map((t) => t.toLowerCase().replace(' ', '-')));
    expect(read).toEqual(ticks);
  });

  test('leicester: superscript marks, a real footnote, gridSpan rows', async () => {
    const doc = await parse('leicester', file);
    const t = tables(doc)[0]!;
    expect(t.rows[1]!.cells[0]).toMatchObject({ text: 'Workstream: Visibility', colSpan: 7 });
    const r1a = t.rows.flatMap((r) => r.cells).find((c) => c.text.startsWith('R1a.'))!;
    expect(r1a.text).toContain('researchers ¹ ² We will');
    const last = doc.children.at(-1)!;
    expect(last).toMatchObject({ type: 'paragraph', text: '¹ mentioned in feedback from technical staff', position: { part: 'word/footnotes.xml' } });
    expect(doc.children.some((b) => b.type === 'paragraph' && b.text === '² linked to TALENT Commission recommendations')).toBe(true);
  });
});
