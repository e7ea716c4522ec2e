// A table drawn without rulings, columns only by alignment: header labels, a wrapped cell, text
// that starts left of its header (centred headers), and ordinary paragraphs around it.
import { describe, expect, it } from 'vitest';
import type { TableNode } from '@tc/model';
import { recognisePlan } from '@tc/recognise';
import { parsePdf } from '../src/index.ts';
import { makePlacedTextPdf } from './make-pdf.ts';

const pdf = makePlacedTextPdf([
  { x: 60, y: 60, text: 'Our plan for technicians, agreed by the steering group in May 2024.' },
  { x: 60, y: 100, text: 'Ref' }, { x: 130, y: 100, text: 'Action' }, { x: 330, y: 100, text: 'Owner' }, { x: 440, y: 100, text: 'Deadline' },
  { x: 60, y: 125, text: 'A1' }, { x: 110, y: 125, text: 'Create a technician web page with' }, { x: 320, y: 125, text: 'Comms' }, { x: 440, y: 125, text: 'Dec 2024' },
  { x: 110, y: 137, text: 'profiles of every team' },
  { x: 60, y: 162, text: 'A2' }, { x: 110, y: 162, text: 'Fund professional registration' }, { x: 320, y: 162, text: 'HR' }, { x: 440, y: 162, text: 'Ongoing' },
  { x: 60, y: 230, text: 'We will report on progress to the executive board every year, and publish the report on our website.' },
]);

describe('a table without rulings', () => {
  it('is rebuilt from alignment, wrapped cells kept in their row', async () => {
    const doc = await parsePdf(pdf);
    const tables = doc.children.filter((n): n is TableNode => n.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.cells.map((c) => c.text.replace(/\s+/g, ' ')))).toEqual([
      ['Ref', 'Action', 'Owner', 'Deadline'],
      ['A1', 'Create a technician web page with profiles of every team', 'Comms', 'Dec 2024'],
      ['A2', 'Fund professional registration', 'HR', 'Ongoing'],
    ]);
    const paragraphs = doc.children.filter((n) => n.type === 'paragraph').map((n) => ('text' in n ? n.text : ''));
    expect(paragraphs.join(' ')).toContain('publish the report on our website');
  });

  it('gives the same actions a ruled table would', async () => {
    const plan = recognisePlan(await parsePdf(pdf), { name: 'x.pdf', format: 'pdf', sha256: '0'.repeat(64), pages: 1 }, { classify: false });
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners[0]?.raw, a.timeframe?.end ?? null, a.timeframe?.ongoing])).toEqual([
      ['A1', 'Create a technician web page with profiles of every team', 'Comms', '2024-12', false],
      ['A2', 'Fund professional registration', 'HR', null, true],
    ]);
  });

  it('does not see a table in ordinary paragraphs', async () => {
    const prose = makePlacedTextPdf([
      { x: 60, y: 60, text: 'Technicians are central to research and teaching at the university.' },
      { x: 60, y: 74, text: 'This plan describes how we will support them over the next three years.' },
      { x: 60, y: 100, text: 'Contact: the Technical Services office, room 2.14.' },
    ]);
    expect((await parsePdf(prose)).children.some((n) => n.type === 'table')).toBe(false);
  });
});
