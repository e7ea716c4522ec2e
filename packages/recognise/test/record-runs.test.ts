// Where a run of records starts and ends, and what its last record takes: lists run together,
// theme words between headed records, a description under the last list item, labels inside sentences.
import { describe, expect, it } from 'vitest';
import { parseText } from '@tc/text';
import { recognisePlan } from '../src/index.ts';

const read = (text: string, format: 'text' | 'markdown' = 'text') =>
  recognisePlan(parseText(text, { format }), { name: 'plan', format, sha256: '0'.repeat(64), pages: null }, { classify: false });
const themes = (plan: ReturnType<typeof read>) => plan.actions.map((a) => a.themes.map((t) => t.theme).sort().join('+'));

describe('runs of records', () => {
  it('leaves out a list without fields that runs into the actions where the numbering starts again', () => {
    const plan = read(`Technician Commitment action plan

Why get involved?

1. Meet colleagues from other faculties
2. Gain committee experience for your next application
1. Run an annual technical showcase
   - Owner: Head of HR
   - Target date: 2026
2. Create a technician web page
   - Owner: Comms Team
   - Target date: 2025
3. Fund professional registration fees
   - Owner: Finance Office
   - Target date: 2024
`);
    expect(plan.actions.map((a) => a.title)).toEqual(['Run an annual technical showcase', 'Create a technician web page', 'Fund professional registration fees']);
  });

  it('reads a theme word between headed records as the theme of the records after it', () => {
    const plan = read(`# Technician Commitment action plan

Visibility

## 1 – Run an annual technical showcase (Year 2)

An open day for technical teams. Target: 150 visitors

Recognition

## 2 – Fund professional registration fees (Year 1)

The institution pays the fees. Target: 20 registrations

## 3 – Create a peer recognition scheme (Year 3)

Thank-you notes each month. Target: 100 notes
`, 'markdown');
    expect(plan.actions.map((a) => a.ref)).toEqual(['1', '2', '3']);
    expect(themes(plan)).toEqual(['visibility', 'recognition', 'recognition']);
  });

  it('gives the last list item its description when its own fields follow it', () => {
    const plan = read(`Our actions

- Run an annual technical showcase

  An open day for technical teams.

  - Owner: Head of HR
  - When: 2026
- Collect workforce data on technical staff

  An annual profile of the technical workforce.

  - Owner: Research Office
  - When: Annually
`, 'markdown');
    expect(plan.actions.map((a) => [a.title, a.timeframe?.raw, a.owners.map((o) => o.raw).join()])).toEqual([
      ['Run an annual technical showcase', '2026', 'Head of HR'],
      ['Collect workforce data on technical staff', 'Annually', 'Research Office'],
    ]);
  });

  it('reads bullets under the last ref-led record as its own, as under the others', () => {
    const plan = read(`Technician Commitment action plan

1 - Run an annual technical showcase
- An open day for technical teams.
- Target: 150 visitors
2 - Collect workforce data on technical staff
- An annual profile of the technical workforce.
- Target: Profile reported each year
`);
    expect(plan.actions.map((a) => a.successMeasures)).toEqual([['150 visitors'], ['Profile reported each year']]);
  });

  it('takes a label inside a sentence for the sentence, not a field', () => {
    const plan = read(`Our actions

- Publish the number of registered technicians each year: an annual figure by faculty.
  - Owner: Head of HR
- Recruit from a wider range of backgrounds: advertise posts in new places.
  - Owner: Comms Team
`, 'markdown');
    expect(plan.actions.map((a) => [a.title, a.timeframe])).toEqual([
      ['Publish the number of registered technicians each year', null],
      ['Recruit from a wider range of backgrounds', null],
    ]);
  });

  it('reads labels run into values that open with a figure or a one-letter word', () => {
    const block = (title: string, date: string, kpi: string) => `### ${title}\n\nResponsible Head of HR\n\nTarget date ${date}\n\nKPI ${kpi}\n\nLink to theme Recognition\n`;
    const plan = read(`# Technician Commitment action plan\n\n${block('1. Fund registration fees', 'Q1 2025', 'A champion in every faculty')}\n${block('2. Create a peer scheme', '2026–2027', 'Notes sent monthly')}\n${block('3. Nominate staff for awards', 'Year 2', 'Five nominations')}`, 'markdown');
    expect(plan.actions.map((a) => a.timeframe?.raw)).toEqual(['Q1 2025', '2026–2027', 'Year 2']);
    expect(plan.actions[0]?.successMeasures).toEqual(['A champion in every faculty']);
    expect(themes(plan)).toEqual(['recognition', 'recognition', 'recognition']);
  });
  it('does not read narrative under a line naming the plan as actions', () => {
    const plan = read(`Hollowmere University

Technician Commitment Action Plan 2022–2026

Progress will be reviewed twice a year and reported to the board.

Around four hundred technical staff work across our faculties.

In year one we will:

• Reduce waste in laboratory operations
• Create a technician network page
`);
    expect(plan.actions.map((a) => a.title)).toEqual(['Reduce waste in laboratory operations', 'Create a technician network page']);
  });

  it('reads a trailing date range set off by a dash as the timeframe', () => {
    const plan = read(`Our actions

- Review job descriptions of technical posts – 2025–2026 [CD]
- Collect workforce data on technical staff – Autumn 2023 [S]
`, 'markdown');
    expect(plan.actions.map((a) => [a.title, a.timeframe?.raw])).toEqual([
      ['Review job descriptions of technical posts', '2025–2026'],
      ['Collect workforce data on technical staff', 'Autumn 2023'],
    ]);
  });

  it('reads a flattened theme cell of a name and its definition as one cell, the definition the plan\'s', () => {
    const cells = ['Commitment theme', 'Code', 'Actions', 'Timescale',
      'Visibility', 'Ensure that all technicians within the organisation are identifiable and that the contribution of technicians is visible within and beyond the institution.',
      'V1', 'Run an annual technical showcase', '2025', 'V2', 'Create a technician web page', '2026',
      'Recognition', 'Support technicians to gain recognition through professional registration and external awards schemes.',
      'R1', 'Fund professional registration fees', '2024'];
    const plan = read(`Technician Commitment action plan\n\nOur actions\n\n${cells.join('\n\n')}\n`);
    expect(plan.actions.map((a) => a.title)).toEqual(['Run an annual technical showcase', 'Create a technician web page', 'Fund professional registration fees']);
    expect(plan.themes.map((t) => [t.theme, t.definition?.slice(0, 20)])).toEqual([['visibility', 'Ensure that all tech'], ['recognition', 'Support technicians ']]);
  });
  it('keeps every year code of an action and resolves them against the plan period', () => {
    const plan = read(`Technician Commitment Action Plan 2026-2028

Our actions

• Registration uptake – Name a registration lead (Y1), support four applications (Y2) and share the benefits (Y1-3)
• Open days – Include laboratory tours run by technicians at every open day (Y2)
`);
    expect(plan.actions.map((a) => a.timeframe)).toEqual([
      { raw: 'Y1; Y2; Y1-3', start: '2026-01', end: '2028-12', ongoing: false },
      { raw: 'Y2', start: '2027-01', end: '2027-12', ongoing: false },
    ]);
  });
});
