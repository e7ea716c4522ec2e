// The plan's context read by evidence: institution names of accepted forms only (never a sentence
// fragment), title before page furniture before the first blocks, the period from a header or
// footer when the title has none. Every name here is invented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LayoutDocument, Plan } from '@tc/model';
import { parseDocx } from '@tc/docx';
import { parsePdf } from '@tc/pdf';
import { decodeText, parseText } from '@tc/text';
import { institutionNames, readInstitution } from '../src/context/institution.ts';
import { readContext } from '../src/context.ts';
import { documentItems } from '../src/items.ts';
import { fixtureFolders } from '../../../test/support/fixtures.ts';

const contextOf = (markdown: string, furniture: Array<{ text: string }> = []) =>
  readContext(documentItems(parseText(markdown, { format: 'markdown' })), furniture);

describe('institution names', () => {
  it.each([
    ['University of Brackenholt', 'University of Brackenholt'],
    ['UNIVERSITY OF BRACKENHOLT TECHNICIAN COMMITMENT ACTION PLAN: MAY 2024 TO APRIL 2027', 'University of Brackenholt'],
    ['The University of Brackenholt has signed the Commitment.', 'University of Brackenholt'],
    ['University of Lower Wendmarsh Technician Commitment', 'University of Lower Wendmarsh'],
    ['University Of Lower Wendmarsh Action Plan', 'University of Lower Wendmarsh'],
    ['Supporting Marrowdale University Technicians', 'Marrowdale University'],
    ['a plan of the University of Quenby and Tarn', 'University of Quenby and Tarn'],
    ['University of Thornby upon Wyle', 'University of Thornby upon Wyle'],
    ['University of the Western Fells', 'University of the Western Fells'],
    ['Technicians at Marrowdale University will meet', 'Marrowdale University'],
    ['Although Marrowdale University has grown', 'Marrowdale University'],
    ['Ostry Valley University of Applied Arts', 'Ostry Valley University of Applied Arts'],
    ['Ellismere Institute', 'Ellismere Institute'],
    ['the Ellismere Institute of Technology action plan', 'Ellismere Institute of Technology'],
    ['Institute of Quarn Studies', 'Institute of Quarn Studies'],
    ['Pellcombe College of Music and Drama', 'Pellcombe College of Music and Drama'],
    ['Royal Conservatoire of Drumlow', 'Royal Conservatoire of Drumlow'],
    ['ROYAL CONSERVATOIRE OF DRUMLOW', 'Royal Conservatoire of Drumlow'],
    ['Wexholt School of Tropical Studies', 'Wexholt School of Tropical Studies'],
    ['Harnley Research Institute', 'Harnley Research Institute'],
    ['the Ardwyn Centre for Rural Studies', 'Ardwyn Centre for Rural Studies'],
    ["St. Cadwal's College", "St. Cadwal's College"],
    ['HEATH-ORRIN UNIVERSITY', 'Heath-Orrin University'],
    ["Brackenholt University's technicians", 'Brackenholt University'],
    ['Marrowdale University College staff', 'Marrowdale University College'],
    // Decided: "Institute of X" is an accepted form, so a named body in running text is a name; "UK"
    // alone is not part of it. Whether it is the plan's institution is the evidence order's call.
    ['with the UK Institute of Glassblowing', 'Institute of Glassblowing'],
  ])('%s → %s', (text, name) => {
    expect(institutionNames(text)).toEqual([name]);
  });

  it.each([
    'Leaders at the University will',
    'Although the University has',
    'our University',
    "the Institute's technicians",
    'the University’s technicians',
    'with the UK Institute',
    'Each University and Institute',
    'All Technicians at the College',
    'This Institute will report',
    'the Technician Commitment Institute',
    'Every College of the University',
    'the School of Engineering',
    'Head of College of Science and Engineering',
    'the Research Institute',
    'Promote University events',
    'SG College leads',
    'The University Executive Board',
    'the University of Technology',
    'Technical Centre',
    'university of brackenholt',
  ])('no name in %j', (text) => {
    expect(institutionNames(text)).toEqual([]);
  });

  it('finds each of two names side by side, and the longer of two overlapping ones', () => {
    expect(institutionNames('the University of Quenby and Marrowdale College')).toEqual(['University of Quenby', 'Marrowdale College']);
    expect(institutionNames('Ellismere Institute, University of Tarn')).toEqual(['Ellismere Institute', 'University of Tarn']);
    expect(institutionNames('Marrowdale University Research Institute')).toEqual(['Marrowdale University Research Institute']);
  });
});

describe('the institution by evidence', () => {
  it('takes the title first, even over a name printed more often below it', () => {
    const early = ['Marrowdale University and its partners', 'Marrowdale University staff'];
    expect(readInstitution({ title: 'Ellismere Institute Action Plan', furniture: [], early })).toBe('Ellismere Institute');
  });

  it('takes page furniture when the title names no institution', () => {
    const evidence = { title: 'Technician Commitment Action Plan', furniture: ['Page 1 of 4', 'Marrowdale University – Technician Commitment'], early: ['We work with the University of Tarn.'] };
    expect(readInstitution(evidence)).toBe('Marrowdale University');
  });

  it('prefers among the first blocks a name printed more than once', () => {
    const early = ['Technicians registered with the Institute of Glassblowing.', 'The University of Brackenholt signed in 2019.', 'University of Brackenholt technicians meet monthly.'];
    expect(readInstitution({ title: null, furniture: [], early })).toBe('University of Brackenholt');
    expect(readInstitution({ title: null, furniture: [], early: early.slice(0, 2) })).toBe('Institute of Glassblowing');
  });

  it('is null when nothing qualifies', () => {
    const early = ['Leaders at the University will champion the plan.', 'Although the University has many technicians, our University can do more.'];
    expect(readInstitution({ title: 'Technician Commitment Action Plan', furniture: ['Page 2 of 9'], early })).toBeNull();
  });

  it('gives no sentence fragment from a document, however its sentences open', () => {
    const context = contextOf(`# Technician Commitment Action Plan

Leaders at the University will champion this plan with the UK Institute and every Faculty.

Although the University has signed the Commitment, the Institute's technicians asked for more.
`);
    expect(context.institution).toBeNull();
  });

  it('reads a shouted title in title case', () => {
    const context = contextOf('# UNIVERSITY OF BRACKENHOLT TECHNICIAN COMMITMENT ACTION PLAN: MAY 2024 TO APRIL 2027\n\nSome text.\n');
    expect(context.institution).toBe('University of Brackenholt');
    expect(context.periodInfo).toMatchObject({ start: '2024-05', end: '2027-04' });
  });

  it('reads the institution and the period from headers and footers', () => {
    const text = '# Technician Commitment Action Plan\n\nLeaders at the University will champion this plan.\n';
    expect(contextOf(text).institution).toBeNull();
    expect(contextOf(text).periodInfo).toBeNull();
    const context = contextOf(text, [{ text: 'Marrowdale University – Action Plan 2024–2027' }, { text: 'Page 1 of 3' }]);
    expect(context.institution).toBe('Marrowdale University');
    expect(context.periodInfo).toMatchObject({ start: '2024-01', end: '2027-12', ongoing: false });
    expect(context.period).toEqual({ start: '2024-01', end: '2027-12' });
  });

  it("keeps the title's period over a footer's, and takes no period from a footer that is not about the plan", () => {
    const titled = contextOf('# Action Plan 2023–2025\n\nText.\n', [{ text: 'Marrowdale University – Action Plan 2024–2027' }]);
    expect(titled.periodInfo).toMatchObject({ start: '2023-01', end: '2025-12' });
    const copyright = contextOf('# Technician Commitment Action Plan\n\nText.\n', [{ text: '© Marrowdale University 2019–2024' }]);
    expect(copyright.institution).toBe('Marrowdale University');
    expect(copyright.periodInfo).toBeNull();
  });
});

describe('pathological input', () => {
  // The old pattern backtracked quadratically on these (86 s for 'a-' × 100,000); the scanner is
  // linear, so each must return well inside the test timeout.
  const N = 200_000;
  const shapes: Array<[string, string]> = [
    ['a- repeated', 'a-'.repeat(N / 2)],
    ['capitalised words', 'Aa '.repeat(N / 3)],
    ['head nouns only', 'University '.repeat(N / 11)],
    ['of-chains', 'University of Tarn of '.repeat(N / 22)],
    ['one long word', 'A'.repeat(N)],
    ["apostrophes and hyphens", "A'a-".repeat(N / 4)],
  ];

  it.each(shapes)('%s (200,000 characters) returns', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(N - 22);
    const names = institutionNames(text);
    expect(Array.isArray(names)).toBe(true);
    expect(readInstitution({ title: text, furniture: [text], early: [text] })).toBe(names[0] ?? null);
  });

  // As title, block and footer at once: the old reader scanned the title twice and the block once,
  // about a minute each here, so this fails on it by the test timeout.
  it("gives no name for 'a-' × 100,000 as title, block and footer, through readContext too", () => {
    const text = 'a-'.repeat(N / 2);
    expect(institutionNames(text)).toEqual([]);
    const context = contextOf(`# ${text}\n\n${text}\n`, [{ text }]);
    expect(context.title).toBe(text);
    expect(context.institution).toBeNull();
    expect(context.periodInfo).toBeNull();
  });
});

describe('the fixtures, with their page furniture as evidence', () => {
  const renditions = fixtureFolders().flatMap(({ slug, dir, renditions }) => renditions.map((file) => ({ slug, dir, file })));
  const layoutOf = async (dir: string, file: string): Promise<LayoutDocument> => {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    if (file.endsWith('.pdf')) return parsePdf(bytes);
    if (file.endsWith('.docx')) return parseDocx(bytes);
    return parseText(decodeText(bytes).text, { format: file.endsWith('.md') ? 'markdown' : 'text' });
  };

  it.each(renditions)('$slug $file: institution and period as recorded', async ({ dir, file }) => {
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Plan;
    const doc = await layoutOf(dir, file);
    const context = readContext(documentItems(doc), doc.furniture);
    expect(context.institution).toBe(expected.institution);
    // The period found later from early text (recognisePlan) is not the context's to give.
    if (context.periodInfo || expected.period === null) expect(context.periodInfo).toEqual(expected.period);
  });
});
