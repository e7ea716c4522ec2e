// Paragraph, list and page structure outside tables: labels on their own lines kept as lines of
// one paragraph, bullets drawn as shapes, sub-items by indent, lists and notes across a page
// break, running headers only at one height, headings a little larger than the body text.
import { describe, expect, it } from 'vitest';
import type { BlockNode, ListNode, ParagraphNode } from '@tc/model';
import { parsePdf } from '../src/index.ts';
import { joinLines } from '../src/text-lines.ts';
import { makeLayoutPdf, type PlacedText } from './make-pdf.ts';

const at = (x: number, y: number, text: string, more: Partial<PlacedText> = {}): PlacedText => ({ x, y, text, ...more });
const types = (nodes: readonly BlockNode[]) => nodes.map((n) => n.type);

describe('labels on lines of their own', () => {
  it('alternating with their values at one pitch stay lines of one paragraph', async () => {
    const record = (top: number, title: string) =>
      ['Action', title, 'Lead', 'Research Office', 'By when', 'Q3 2024'].map((t, i) => at(60, top + 13 * i, t, { bold: i % 2 === 0 }));
    const doc = await parsePdf(makeLayoutPdf([{ items: [...record(100, 'Publish a directory of staff'), ...record(190, 'Run an annual showcase')] }]));
    expect(types(doc.children)).toEqual(['paragraph', 'paragraph']);
    expect((doc.children[0] as ParagraphNode).lines).toEqual(['Action', 'Publish a directory of staff', 'Lead', 'Research Office', 'By when', 'Q3 2024']);
  });

  it('but a bold line over running text is still a heading', async () => {
    const doc = await parsePdf(
      makeLayoutPdf([{ items: [at(60, 100, 'Our commitment', { bold: true }), at(60, 113, 'We will support technicians across the university.'), at(60, 126, 'The plan runs for three years from 2024.')] }]),
    );
    expect(types(doc.children)).toEqual(['heading', 'paragraph']);
  });
});

describe('lists', () => {
  it('read bullets drawn as small filled discs and squares as list items; a disc alone in a row of text is still a tick', async () => {
    const doc = await parsePdf(
      makeLayoutPdf([
        {
          items: [at(72, 100, 'Publish a directory of staff'), at(72, 114, 'Run an annual showcase'), at(72, 128, 'Film technical careers'), at(60, 200, 'Done')],
          shapes: [
            { x: 63, y: 97, r: 2, kind: 'disc' },
            { x: 63, y: 111, r: 2, kind: 'disc' },
            { x: 63, y: 125, r: 2, kind: 'square' },
            { x: 200, y: 197, r: 3, kind: 'disc' },
          ],
        },
      ]),
    );
    const list = doc.children.find((n): n is ListNode => n.type === 'list');
    expect(list?.children.map((i) => (i.children[0] as ParagraphNode).text)).toEqual(['Publish a directory of staff', 'Run an annual showcase', 'Film technical careers']);
    expect(doc.children.filter((n) => n.type === 'symbol')).toHaveLength(1);
  });

  it('take a rule of dashes between records for a paragraph, not an item', async () => {
    const doc = await parsePdf(makeLayoutPdf([{ items: [at(60, 100, 'Strand Visibility What Publish a directory'), at(60, 130, '-----------------------'), at(60, 160, 'Strand Recognition What Fund fees')] }]));
    expect(types(doc.children)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('nest items whose marker is further in, and carry on across a page break', async () => {
    const item = (y: number, title: string): PlacedText[] => [at(60, y, `- ${title}`), at(76, y + 13, '- Owner: Estates'), at(76, y + 26, '- When: 2025')];
    const doc = await parsePdf(
      makeLayoutPdf([
        { items: [...item(700, 'Publish a directory of staff'), at(60, 739, '- Run an annual showcase')] },
        { items: [at(76, 80, '- Owner: HR'), at(76, 93, '- When: 2026')] },
      ]),
    );
    expect(types(doc.children)).toEqual(['list']);
    const outer = doc.children[0] as ListNode;
    expect(outer.children).toHaveLength(2);
    const subs = outer.children.map((i) => (i.children[1] as ListNode | undefined)?.children.map((s) => (s.children[0] as ParagraphNode).text));
    expect(subs).toEqual([
      ['Owner: Estates', 'When: 2025'],
      ['Owner: HR', 'When: 2026'],
    ]);
  });
});

describe('page structure', () => {
  it('takes running headers at one height as furniture, not a label that falls in the band on two pages', async () => {
    const page = (labelY: number) => ({ items: [at(60, 40, 'Technician Commitment plan'), at(60, 300, 'Body text of the page.'), at(60, labelY, 'Owner', { bold: true }), at(60, labelY + 13, 'Estates')] });
    const doc = await parsePdf(makeLayoutPdf([page(770), page(790)]));
    expect(doc.furniture.map((f) => f.text)).toEqual(['Technician Commitment plan', 'Technician Commitment plan']);
    expect(JSON.stringify(doc.children)).toContain('Owner');
  });

  it('reads text a size step above the body (12 over 10.5 pt) as a heading', async () => {
    const doc = await parsePdf(
      makeLayoutPdf([{ items: [at(60, 100, 'Visibility', { size: 12 }), at(60, 120, 'We will make technicians visible across the whole university.', { size: 10.5 })] }]),
    );
    expect(types(doc.children)).toEqual(['heading', 'paragraph']);
  });

  it('joins a word broken after its hyphen without a space', () => {
    expect(joinLines(['HU-', '02a'])).toBe('HU-02a');
    expect(joinLines(['Pro Vice-', 'Chancellor (Research)'])).toBe('Pro Vice-Chancellor (Research)');
    expect(joinLines(['Visibility -', 'Recognition'])).toBe('Visibility - Recognition');
  });
});

describe('dashes and footnote markers in running text', () => {
  it('a line opening with a dash carries on the sentence above it; after a stop it is a list item', async () => {
    const doc = await parsePdf(
      makeLayoutPdf([{
        items: [
          at(60, 100, 'A display will show achievements beside the award plaque'), at(60, 113, '- this will be in the main foyer.'),
          at(60, 150, 'We will do two things.'), at(60, 163, '- review the roles'), at(60, 176, '- publish the profiles'),
        ],
      }]),
    );
    expect(types(doc.children)).toEqual(['paragraph', 'paragraph', 'list']);
    expect((doc.children[0] as ParagraphNode).text).toBe('A display will show achievements beside the award plaque - this will be in the main foyer.');
    expect((doc.children[2] as ListNode).children).toHaveLength(2);
  });

  it('bracketed raised digits, and small digits wrapped onto a line of their own, are superscripts', async () => {
    const doc = await parsePdf(
      makeLayoutPdf([{
        items: [
          at(60, 100, 'The same support as available to researchers'), at(272, 96, '[1]', { size: 8 }),
          at(60, 150, 'Costing of technical staff on proposals'), at(60, 161, '2', { size: 8 }),
        ],
      }]),
    );
    const texts = doc.children.map((n) => (n as ParagraphNode).text);
    expect(texts[0]).toBe('The same support as available to researchers¹');
    expect(texts.slice(1)).toEqual(['Costing of technical staff on proposals', '²']);
  });
});
