import { readFileSync } from 'node:fs';
import type { BlockNode, LayoutDocument, TableNode } from '@tc/model';
import { LayoutDocument as LayoutSchema } from '@tc/model';
import { describe, expect, test } from 'vitest';
import { parsePdf } from '../src/index.ts';
import { pageGraphics } from '../src/page-graphics.ts';
import { mergeSegments } from '../src/ruled-grid.ts';
import { loadPdfJs } from '../src/pdfjs-node.ts';
import type { Matrix } from '../src/geometry.ts';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)));
const tables = (doc: LayoutDocument) => doc.children.filter((c): c is TableNode => c.type === 'table');
const texts = (t: TableNode) => t.rows.map((r) => r.cells.map((c) => c.text));

function everyNode(nodes: readonly BlockNode[], visit: (n: { position: unknown }) => void): void {
  for (const n of nodes) {
    visit(n);
    if (n.type === 'list') for (const item of n.children) { visit(item); everyNode(item.children, visit); }
    if (n.type === 'table') for (const row of n.rows) { visit(row); for (const cell of row.cells) { visit(cell); everyNode(cell.children, visit); cell.symbols.forEach(visit); } }
  }
}

describe('designed tick grid (plymouth/plan.pdf)', async () => {
  const doc = await parsePdf(fixture('plans/plymouth/plan.pdf'));
  const expected = JSON.parse(readFileSync(new URL('../../../fixtures/plans/plymouth/rendition-ticks.json', import.meta.url), 'utf8')) as string[][];

  test('the rotated theme headers become the header row', () => {
    const [grid] = tables(doc);
    expect(grid?.headerRows).toBe(1);
    expect(grid?.rows[0]?.cells.map((c) => c.text)).toEqual(['', 'Visibility', 'Recognition', 'Career Development', 'Sustainability']);
  });

  test('each ✔ lands in the column under its header, as the Word rendition has it', () => {
    const grid = tables(doc)[0] as TableNode;
    const ids = ['visibility', 'recognition', 'career-development', 'sustainability'];
    const read = grid.rows.slice(1).map((r) => r.cells.slice(1).flatMap((c, i) => (c.symbols.some((s) => s.checked) ? [ids[i]] : [])));
    expect(read).toEqual(expected.map((row) => [...row].sort((a, b) => ids.indexOf(a) - ids.indexOf(b))));
    expect(grid.rows[1]?.cells[1]?.symbols[0]).toMatchObject({ kind: 'tick', evidence: 'dingbat-font', raw: '4' });
  });

  test('wrapped action cells are joined into one text', () => {
    const grid = tables(doc)[0] as TableNode;
    expect(grid.rows[1]?.cells[0]?.text).toBe(
      'Continue to hold regular steering group meetings to review, enhance and direct the work happening across UoP to deliver the pledges of The Technician Commitment.',
    );
  });

  test('the narrative after the grid has its headings', () => {
    const headings = doc.children.filter((c) => c.type === 'heading').map((c) => (c.type === 'heading' ? c.text : ''));
    expect(headings).toEqual(['VISIBILITY', 'RECOGNITION', 'CAREER DEVELOPMENT', 'SUSTAINABILITY', 'EVALUATING IMPACT']);
  });
});

describe('landscape ruled grid across two pages (pdf/grid-features.pdf)', async () => {
  const doc = await parsePdf(fixture('pdf/grid-features.pdf'));

  test('one table: the repeated header row dropped, the split row rejoined', () => {
    expect(tables(doc)).toHaveLength(1);
    const grid = tables(doc)[0] as TableNode;
    expect(texts(grid).map((r) => r[0])).toEqual(['No.', '1', '2', '3', '4', '5', '6', '7', '8']);
    const six = grid.rows[6];
    expect(six?.continued).toBe(true);
    expect(six?.cells[1]?.text).toBe(
      'Run a programme of open days so that technicians can visit other faculties and share practice, with a short report to the steering group after each visit.',
    );
  });

  test('ticks drawn as paths are read with vector evidence', () => {
    const grid = tables(doc)[0] as TableNode;
    const row8 = grid.rows[8]?.cells.slice(2) ?? [];
    expect(row8.map((c) => c.symbols.map((s) => s.evidence))).toEqual([['vector'], ['vector'], ['vector'], ['vector']]);
    expect(grid.rows[2]?.cells.slice(2).map((c) => c.symbols.length)).toEqual([1, 0, 0, 0]);
  });

  test('running header and page numbers go to furniture', () => {
    expect(doc.furniture.map((f) => f.role).sort()).toEqual(['header', 'header', 'page-number', 'page-number', 'repeated']);
    expect(doc.children.some((c) => c.type === 'paragraph' && /working draft|Page \d/.test(c.text))).toBe(false);
  });

  test('landscape page boxes are in page space', () => {
    const grid = tables(doc)[0] as TableNode;
    const pos = grid.position;
    expect(pos?.kind === 'pdf' && pos.bbox[2]).toBeGreaterThan(700);
  });
});

describe('Wingdings ticks (pdf/wingdings-grid.pdf)', async () => {
  const doc = await parsePdf(fixture('pdf/wingdings-grid.pdf'));

  test('bytes 0xFC and 0xFE in a Wingdings font are a tick and a ticked box', () => {
    const grid = tables(doc)[0] as TableNode;
    const symbols = grid.rows.slice(1).map((r) => r.cells.slice(2).map((c) => c.symbols.map((s) => s.kind).join()));
    expect(symbols).toEqual([
      ['tick', '', '', ''],
      ['checkbox', 'checkbox', '', ''],
      ['', '', 'tick', ''],
      ['', '', 'checkbox', 'checkbox'],
    ]);
    expect(grid.rows[1]?.cells[2]?.text).toBe('');
  });

  test('the ruling segments of this bordered table are counted exactly (7 vertical, 6 horizontal)', async () => {
    const pdfjs = await loadPdfJs();
    const task = pdfjs.getDocument({ data: fixture('pdf/wingdings-grid.pdf'), verbosity: 0 });
    const pdf = await task.promise;
    const page = await pdf.getPage(1);
    const graphics = pageGraphics(await page.getOperatorList(), pdfjs.OPS as Record<string, number>, page.getViewport({ scale: 1 }).transform as Matrix);
    const merged = mergeSegments(graphics.segments);
    expect(merged.filter((s) => s.orientation === 'v')).toHaveLength(7);
    expect(merged.filter((s) => s.orientation === 'h')).toHaveLength(6);
    await task.destroy();
  });
});

describe('LibreOffice renditions of the Word fixtures', () => {
  test.each(['portsmouth', 'brighton', 'chester', 'leicester'])('%s: a valid LayoutDocument with PDF provenance on every node', async (slug) => {
    const doc = await parsePdf(fixture(`plans/${slug}/plan.pdf`));
    expect(LayoutSchema.safeParse(doc).success).toBe(true);
    let missing = 0;
    everyNode(doc.children, (n) => {
      const p = n.position as { kind?: string; page?: number } | null;
      if (p?.kind !== 'pdf' || !p.page) missing++;
    });
    expect(missing).toBe(0);
    expect(doc.furniture.length).toBeGreaterThan(0);
  });

  test('brighton: the action table crossing pages is one table with rows 1–16 (9 skipped)', async () => {
    const doc = await parsePdf(fixture('plans/brighton/plan.pdf'));
    const grid = tables(doc).find((t) => t.rows[0]?.cells[1]?.text === 'Action') as TableNode;
    expect(grid.rows.slice(1).map((r) => r.cells[0]?.text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '10', '11', '12', '13', '14', '15', '16']);
    expect(grid.rows[0]?.cells.map((c) => c.text)).toEqual(['No.', 'Action', 'Detail', 'Target Date', 'Visibility', 'Recognition', 'Career Development', 'Sustainability']);
  });

  test('chester: a theme cell cut by a page break is rejoined into one merged cell', async () => {
    const doc = await parsePdf(fixture('plans/chester/plan.pdf'));
    const grid = tables(doc)[0] as TableNode;
    const s2 = grid.rows.find((r) => r.cells[1]?.text === 'S2');
    expect(s2?.cells[0]?.mergedFrom).not.toBeNull();
    const origin = grid.rows[s2?.cells[0]?.mergedFrom?.row ?? 0]?.cells[0];
    expect(origin?.text).toMatch(/^SUSTAINABILITY: Ensure the future sustainability of technical skills across the organisation/);
  });
});
