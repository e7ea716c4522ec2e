import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LayoutDocument, type BlockNode, type ParagraphNode, type TableNode } from '@tc/model';
import { nodeText } from '@tc/layout';
import { decodeText, detectTextFlavour, parseText } from '../src/index.ts';
import { leaves, lineStarts, tables } from './walk.ts';

const SLUGS = ['brighton', 'chester', 'leicester', 'plymouth', 'portsmouth'] as const;

function load(slug: string): { source: string; doc: LayoutDocument } {
  const bytes = readFileSync(new URL(`../../../fixtures/plans/${slug}/plan.txt`, import.meta.url));
  const { text, diagnostics } = decodeText(bytes);
  expect(diagnostics).toEqual([]);
  return { source: text, doc: parseText(text, { format: detectTextFlavour(text) }) };
}

const docs = new Map(SLUGS.map((slug) => [slug, load(slug)]));
const get = (slug: (typeof SLUGS)[number]) => docs.get(slug) as { source: string; doc: LayoutDocument };
const only = <T extends BlockNode['type']>(doc: LayoutDocument, type: T) => doc.children.filter((n): n is Extract<BlockNode, { type: T }> => n.type === type);
const column = (table: TableNode, col: number) => table.rows.map((r) => r.cells[col]?.text ?? '');

describe.each(SLUGS)('%s: document invariants', (slug) => {
  const { source, doc } = get(slug);

  it('is read as plain text and validates against the LayoutDocument schema', () => {
    expect(doc.format).toBe('text');
    expect(() => LayoutDocument.parse(doc)).not.toThrow();
  });

  it('keeps every non-whitespace character inside some node', () => {
    const { leaves: all, items } = leaves(doc);
    const covered = new Uint8Array(source.length + 1);
    for (const span of [...all.map((l) => l.node.position), ...items]) {
      if (span?.kind !== 'text') continue;
      covered.fill(1, span.start.offset, span.end.offset);
    }
    const lost: string[] = [];
    for (let i = 0; i < source.length; i++) if (!covered[i] && /\S/.test(source[i] as string)) lost.push(`${i}:${source[i]}`);
    expect(lost).toEqual([]);
  });

  it('has raw text equal to the source at each position, and line/column matching the offset', () => {
    const starts = lineStarts(source);
    const { leaves: all } = leaves(doc);
    expect(all.length).toBeGreaterThan(10);
    for (const { node, joined } of all) {
      const at = node.position;
      expect(at?.kind).toBe('text');
      if (at?.kind !== 'text') continue;
      for (const point of [at.start, at.end]) expect(starts[point.line - 1]! + point.column - 1).toBe(point.offset);
      const slice = source.slice(at.start.offset, at.end.offset);
      if (joined) for (const piece of node.raw.split('\n')) expect(slice).toContain(piece);
      else if (node.raw.length > 0) expect(slice).toContain(node.raw.trim());
    }
  });

  it('has cleaned text without markup or folded whitespace left', () => {
    for (const { node } of leaves(doc).leaves) {
      const text = (node as { text?: string }).text ?? '';
      expect(text).not.toMatch(/<\/?[a-z]+[ >]|&amp;|\]\(|\^\{| {2}|\t/);
    }
  });
});

describe('brighton', () => {
  const { doc } = get('brighton');
  const [defs, main] = only(doc, 'table');

  it('has a heading, the theme definitions table, a second heading and the main table', () => {
    expect(doc.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'table', 'heading', 'table']);
    expect(only(doc, 'heading').map((h) => [h.depth, h.text])).toEqual([[1, 'Technician Commitment Action Plan'], [2, 'Action Plan:']]);
    expect(column(defs!, 0)).toEqual(['Visibility', 'Recognition', 'Career Development', 'Sustainability']);
  });

  it('has a header row and 15 numbered rows, 9 skipped, all 8 columns wide', () => {
    expect(main!.headerRows).toBe(0);
    expect(column(main!, 0)).toEqual(['', '1', '2', '3', '4', '5', '6', '7', '8', '10', '11', '12', '13', '14', '15', '16']);
    expect(main!.rows.every((r) => r.cells.length === 8)).toBe(true);
    expect(column(main!, 4)[0]).toBe('Visibility');
  });

  it('joins the rows split by page breaks (4, 7, 11) and no others', () => {
    expect(main!.rows.filter((r) => r.continued).map((r) => r.cells[0]?.text)).toEqual(['4', '7', '11']);
    const row = (n: string) => main!.rows.find((r) => r.cells[0]?.text === n)!;
    expect(row('4').cells[2]?.text).toContain('gather the feedback of technical and non-technical staff and the data');
    expect(row('7').cells[2]?.text).toMatch(/so that technicians can prepare themselves for career opportunities that may arise\.$/);
    expect(row('11').cells[1]?.text).toMatch(/Excellence\) and ask academic colleagues to nominate/);
    expect(row('11').cells[2]?.text).toMatch(/contribution to the student experience on 1st May 2019/);
    expect(row('11').cells.slice(4).map((c) => c.text)).toEqual(['Y', 'Y', 'Y', '']);
  });

  it('reads Y cells as letter ticks', () => {
    const row1 = main!.rows[1]!;
    expect(row1.cells.map((c) => c.symbols.length)).toEqual([0, 0, 0, 0, 1, 1, 0, 0]);
    expect(row1.cells[4]?.symbols[0]).toMatchObject({ kind: 'tick', checked: true, evidence: 'letter', raw: 'Y' });
  });

  it('splits HTML paragraphs of a cell into blocks and resolves entities', () => {
    const last = main!.rows.at(-1)!;
    expect(last.cells[3]?.text).toBe('August 2020\nAugust 2020\nOn-going');
    expect(last.cells[3]?.children.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(last.cells[2]?.children).toHaveLength(3);
    expect(last.cells[2]?.text).toContain("University's E&D service");
    expect(last.cells[2]?.text.split('\n')).toHaveLength(3);
    expect(main!.rows[1]?.cells[1]?.children).toEqual([]);
  });
});

describe('chester', () => {
  const { doc } = get('chester');
  const [main] = only(doc, 'table');

  it('has one table: header, the comment row and the items V1…S8', () => {
    expect(only(doc, 'table')).toHaveLength(1);
    const items = column(main!, 1);
    expect(items[0]).toBe('ITEM');
    expect(column(main!, 4)[1]).toMatch(/^32 Actions – 15 = Amber/);
    const codes = [...'123456789'].map((n) => `V${n}`).concat([...'123456789'].map((n) => `R${n}`), [...'123456'].map((n) => `C${n}`), [...'12345678'].map((n) => `S${n}`));
    expect(items.slice(2)).toEqual(codes);
    expect(main!.rows.every((r) => r.cells.length === 5)).toBe(true);
  });

  it('joins V7 with its continuation after the page header and keeps S3 a row of its own', () => {
    const row = (code: string) => main!.rows.find((r) => r.cells[1]?.text === code)!;
    expect(main!.rows.filter((r) => r.continued).map((r) => r.cells[1]?.text)).toEqual(['V7']);
    expect(row('V7').cells[2]?.text).toMatch(/staff to raise awareness of the importance of their roles in relation to teaching and research$/);
    expect(row('S3').cells[0]?.text).toBe('organisation and that technical expertise is fully utilise');
    expect(row('C2').cells[0]?.text).toMatch(/^Enable career progression/);
  });

  it('puts the four running page headers in furniture, not the body', () => {
    expect(doc.furniture).toHaveLength(4);
    expect(new Set(doc.furniture.map((f) => f.text))).toEqual(new Set(['FINAL - APPENDIX D: ACTION PLAN FOR JAN 2021 TO DEC 2023 – (18/12/20)']));
    expect(doc.furniture.every((f) => f.role === 'repeated')).toBe(true);
    expect(JSON.stringify(doc.children)).not.toContain('APPENDIX D');
  });

  it('reads inline bullets and HTML paragraphs of cells into blocks', () => {
    const row = (code: string) => main!.rows.find((r) => r.cells[1]?.text === code)!;
    const r5 = row('R5').cells[2]!;
    expect(r5.children.map((b) => b.type)).toEqual(['paragraph', 'list']);
    const list = r5.children[1] as Extract<BlockNode, { type: 'list' }>;
    expect(list.children.map((i) => nodeText(i))).toEqual([
      'Competitiveness with respect to external company pay rates',
      'Recognising individual expertise/skills profile',
      'Recognising those who consistently exceed role requirements',
      'Qualifications',
    ]);
    expect(r5.text.split('\n')[0]).toMatch(/in terms of:$/);
    expect(row('R6').cells[2]?.children.map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(row('R7').cells[2]?.children.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    for (const code of ['R5', 'R6', 'R7']) {
      const cell = row(code).cells[2]!;
      expect(cell.text).toBe(cell.children.map(nodeText).join('\n'));
    }
  });

  it('ends the table at the overarching actions, which are paragraphs', () => {
    const after = doc.children.slice(doc.children.indexOf(main!) + 1);
    expect(after.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect((after[0] as ParagraphNode).text).toBe('Overarching Actions:');
  });
});

describe('leicester', () => {
  const { doc } = get('leicester');
  const paragraphs = only(doc, 'paragraph').map((p) => p.text);

  it('keeps the key as paragraphs, including a repeated entry, with footnote marks as superscripts', () => {
    expect(paragraphs).toContain('Phase 1 (P1) = Jan 24 to Dec 24');
    expect(paragraphs).toContain('Phase 3 (P3) = Jan 26 to Dec 26');
    expect(paragraphs).toContain('SG = Technician Commitment Steering Group');
    expect(paragraphs.filter((p) => p === 'ExB = Executive Board')).toHaveLength(2);
    expect(paragraphs).toContain('¹ mentioned in feedback from technical staff');
    expect(paragraphs).toContain('² linked to TALENT Commission recommendations');
    expect(doc.furniture).toEqual([]);
  });

  it('has one table with the header, workstream rows and coded rows', () => {
    const all = only(doc, 'table');
    expect(all).toHaveLength(1);
    const table = all[0]!;
    expect(table.rows[0]?.cells.slice(0, 6).map((c) => c.text)).toEqual(['Activity', 'Success Measures/Impact', 'Time frame', 'Action owner', 'RAG Status', 'Comment']);
    expect(column(table, 0).filter((t) => t.startsWith('Workstream:'))).toEqual(['Workstream: Visibility', 'Workstream: Recognition', 'Workstream: Career Development', 'Workstream: Sustainability']);
    expect(column(table, 0).filter((t) => /^[A-Z]{1,2}\d$/.test(t))).toEqual(['V1', 'V2', 'V3', 'V4', 'R1', 'R2', 'R3', 'CD1', 'CD2', 'CD3', 'S1', 'S2', 'S3', 'S4', 'S5']);
    expect(table.rows).toHaveLength(40);
    expect(table.rows.some((r) => r.continued)).toBe(false);
  });

  it('does not join an uppercase row after a blank line', () => {
    const table = only(doc, 'table')[0]!;
    expect(column(table, 1).filter((t) => t.startsWith('Recognition and promotion of technical work'))).toHaveLength(1);
  });

  it('writes ^{1 2} as superscripts in cells', () => {
    const table = only(doc, 'table')[0]!;
    const r1a = column(table, 1).find((t) => t.startsWith('R1a.'))!;
    expect(r1a).toContain('researchers ¹ ² We will');
    expect(r1a).not.toContain('^{');
  });
});

describe('plymouth', () => {
  const { doc, source } = get('plymouth');

  it('keeps every loose ✔ as a tick symbol, in order', () => {
    const symbols = only(doc, 'symbol');
    expect(symbols).toHaveLength([...source].filter((c) => c === '✔').length);
    expect(symbols.every((s) => s.kind === 'tick' && s.checked && s.evidence === 'glyph' && s.raw === '✔')).toBe(true);
    const offsets = symbols.map((s) => (s.position?.kind === 'text' ? s.position.start.offset : -1));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('has the 17 action paragraphs, each followed by its ticks', () => {
    const firstSymbol = doc.children.findIndex((n) => n.type === 'symbol');
    const lastSymbol = doc.children.findLastIndex((n) => n.type === 'symbol');
    const actions = doc.children.slice(firstSymbol - 1, lastSymbol + 1).filter((n): n is ParagraphNode => n.type === 'paragraph');
    expect(actions).toHaveLength(17);
    expect(actions[0]?.text).toBe('Continue to hold regular steering group meetings to review, enhance and direct the work happening across UoP to deliver the pledges of The Technician Commitment.');
    expect(actions[0]?.lines).toHaveLength(4);
    expect(actions.at(-1)?.text).toBe('Support and encourage Technicians to engage with relevant national networks, conferences and meetings');
  });

  it('keeps the column labels apart from the introduction', () => {
    const texts = only(doc, 'paragraph').map((p) => p.text);
    expect(texts.slice(1, 5)).toEqual(['Visibility', 'Recognition', 'Career Development', 'Sustainability']);
    expect(texts[0]).toMatch(/^The University of Plymouth .* around the UK\.$/);
  });

  it('keeps section titles with their definitions as multi-line paragraphs', () => {
    const visibility = only(doc, 'paragraph').find((p) => p.lines[0] === 'VISIBILITY')!;
    expect(visibility.lines).toEqual(['VISIBILITY', 'Ensure that all technicians within the', 'organisation are identifiable and that the', 'contribution of technicians is visible within', 'and beyond the institution']);
  });
});

describe('portsmouth', () => {
  const { doc } = get('portsmouth');

  it('has the overview table of 21 numbered rows under a header', () => {
    const all = only(doc, 'table');
    expect(all).toHaveLength(1);
    const table = all[0]!;
    expect(column(table, 0)).toEqual(['No.', ...Array.from({ length: 21 }, (_, i) => String(i + 1))]);
    expect(column(table, 1)[1]).toBe('Design and develop a dedicated set of webpages to support the Technician community');
    expect(table.rows[1]?.cells[1]?.raw).toBe('<u>Design and develop a dedicated set of webpages to support the Technician community</u>');
  });

  it('gives the four empty bullets the paragraphs that follow them', () => {
    const lists = only(doc, 'list');
    expect(lists).toHaveLength(1);
    const items = lists[0]!.children;
    expect(items.map((i) => i.marker)).toEqual([null, null, null, null]);
    expect(items.map((i) => (i.children[0] as ParagraphNode).lines[0])).toEqual(['Visibility', 'Recognition', 'Career Development', 'Sustainability']);
    expect((items[0]?.children[0] as ParagraphNode).lines[1]).toMatch(/^Ensure that Technicians within the organisation/);
  });

  it('reduces markdown links to their text and keeps repeated labels in the body', () => {
    const texts = only(doc, 'paragraph').map((p) => p.text);
    expect(texts.some((t) => t.includes('joining the Technician Commitment, an initiative'))).toBe(true);
    expect(texts.filter((t) => t === 'Commitment areas:')).toHaveLength(21);
    expect(texts.filter((t) => /^Action \d+$/.test(t))).toHaveLength(21);
    expect(doc.furniture).toEqual([]);
  });
});
