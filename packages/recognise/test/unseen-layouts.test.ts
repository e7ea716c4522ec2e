// Made-up plans in layouts none of the fixtures has: the rules, not the seeds, must carry them.
import { describe, expect, it } from 'vitest';
import { parseText } from '@tc/text';
import { recognisePlan } from '../src/index.ts';

const source = { name: 'plan', format: 'markdown', sha256: '0'.repeat(64), pages: null } as const;
const read = (text: string, format: 'text' | 'markdown' = 'markdown') => recognisePlan(parseText(text, { format }), { ...source, format });

describe('plans in unseen layouts', () => {
  it('reads a markdown table with a free-text theme column holding several themes', () => {
    const plan = read(`# Institute of Testing: Technician Commitment Action Plan 2022-2025

| Ref | Objective | Lead | Deadline | Themes | Budget |
|---|---|---|---|---|---|
| A1 | Publish profiles of every technician on the website | Comms team / HR | March 2023 | Visibility, Recognition | £2k |
| A2 | Fund professional registration fees | Head of Technical Services | Ongoing | Recognition | £5k |
| A3 | Launch an apprenticeship scheme | HR | Sept 2024 | Sustainability; Career Dev. | |
`);
    expect(plan.actions.map((a) => a.ref)).toEqual(['A1', 'A2', 'A3']);
    expect(plan.actions[0]?.themes.map((t) => [t.theme, t.source])).toEqual([['visibility', 'column'], ['recognition', 'column']]);
    expect(plan.actions[2]?.themes.map((t) => t.theme)).toEqual(['sustainability', 'career-development']);
    expect(plan.actions[0]?.owners.map((o) => o.raw)).toEqual(['Comms team', 'HR']);
    expect(plan.actions[0]?.timeframe).toMatchObject({ end: '2023-03' });
    expect(plan.actions[1]?.timeframe?.ongoing).toBe(true);
    expect(plan.actions[0]?.extra).toEqual({ Budget: '£2k' });
    expect(plan.period).toMatchObject({ start: '2022-01', end: '2025-12' });
    expect(plan.institution).toBe('Institute of Testing');
  });

  it('reads a tick grid with ✓ and X marks and sub-numbered rows', () => {
    const plan = read(`| # | Action | Owner | Visibility | Recognition | Career development | Sustainability |
|---|---|---|---|---|---|---|
| 1 | Run an annual technician showcase | Steering group | ✓ | | | |
| 1.1 | Invite external speakers | Steering group | X | | X | |
| 2 | Map skills at risk of being lost | Faculty managers | | | | ✓ |
`);
    expect(plan.layout).toBe('tick-grid');
    expect(plan.actions.map((a) => [a.ref, a.parentRef])).toEqual([['1', null], ['1.1', '1'], ['2', null]]);
    expect(plan.actions[1]?.themes.map((t) => [t.theme, t.source])).toEqual([['visibility', 'tick'], ['career-development', 'tick']]);
    expect(plan.actions[2]?.themes.map((t) => t.theme)).toEqual(['sustainability']);
  });

  it('reads bulleted actions under theme headings', () => {
    const plan = read(`# Our commitment

## Visibility actions
- Create a technician web page
- Add technicians to the staff directory

## Recognition
- Nominate technicians for national awards

## Evaluating impact
Run a survey every two years.
`);
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Create a technician web page', 'Add technicians to the staff directory', 'Nominate technicians for national awards',
    ]);
    expect(plan.actions.map((a) => a.themes.map((t) => `${t.theme}:${t.source}`).join())).toEqual([
      'visibility:section', 'visibility:section', 'recognition:section',
    ]);
    expect(plan.sections.some((s) => s.text.includes('Run a survey every two years.'))).toBe(true);
  });

  it('reads numbered objective sections with inline labels', () => {
    const plan = read(`Objective 1: Improve induction for new technicians
New starters get a technical buddy and a checklist.
Owner: Technical managers
Timescale: December 2024
Themes: Career Development, Sustainability

Objective 2: Celebrate technical work
Deliver a yearly awards evening.
Owner: Comms
Timescale: On-going
Themes: Recognition
`, 'text');
    expect(plan.layout).toBe('sections');
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Improve induction for new technicians'], ['2', 'Celebrate technical work'],
    ]);
    expect(plan.actions[0]?.description).toBe('New starters get a technical buddy and a checklist.');
    expect(plan.actions[0]?.owners.map((o) => o.raw)).toEqual(['Technical managers']);
    expect(plan.actions[0]?.timeframe?.end).toBe('2024-12');
    expect(plan.actions[0]?.themes.map((t) => `${t.theme}:${t.source}`)).toEqual(['career-development:label', 'sustainability:label']);
  });

  it('reports a document with no plan in it', () => {
    const plan = read('Minutes of the meeting.\n\nWe discussed the budget and the weather.\n', 'text');
    expect(plan.actions).toEqual([]);
    expect(plan.diagnostics.map((d) => d.code)).toContain('no-actions-found');
    expect(plan.sections.map((s) => s.text).join(' ')).toContain('the budget and the weather');
  });

  it('reads tick columns headed by theme abbreviations', () => {
    const plan = read(`| Ref | Action | Lead | V | R | CD | S |
|---|---|---|---|---|---|---|
| 1 | Publish technician profiles | Comms | ✓ | | | |
| 2 | Fund registration fees | HR | | ✓ | ✓ | |
`);
    expect(plan.layout).toBe('tick-grid');
    expect(plan.actions.map((a) => a.themes.map((t) => `${t.theme}:${t.source}`).join())).toEqual([
      'visibility:tick', 'recognition:tick,career-development:tick',
    ]);
    expect(plan.actions[0]?.owners.map((o) => o.raw)).toEqual(['Comms']);
  });

  it('reads a header printed on two rows', () => {
    const plan = read(`Action\tOwner\tDeadline\tTheme\t\t\t
\t\t\tVisibility\tRecognition\tCareer Development\tSustainability
Hold a technician conference\tSteering group\tJune 2025\tY\t\t\t
Map skills at risk\tHR\tDec 2025\t\t\t\tY
`, 'text');
    expect(plan.actions.map((a) => [a.title, a.owners[0]?.raw, a.timeframe?.end, a.themes.map((t) => t.theme).join()])).toEqual([
      ['Hold a technician conference', 'Steering group', '2025-06', 'visibility'],
      ['Map skills at risk', 'HR', '2025-12', 'sustainability'],
    ]);
  });

  it('gives each table the theme of the heading it sits under', () => {
    const plan = read(`## Visibility

| Action | Owner |
|---|---|
| Create a technician web page | Comms |

## Recognition

| Action | Owner |
|---|---|
| Nominate technicians for awards | HR |
`);
    expect(plan.actions.map((a) => a.themes.map((t) => `${t.theme}:${t.source}`).join())).toEqual(['visibility:section', 'recognition:section']);
  });

  it('reads sections under numbered headings that carry labelled fields', () => {
    const plan = read(`# Action plan

## 1. Introduction
This plan was agreed by the steering group.

## 2. Create a technician web page
Owner: Comms
Timescale: March 2025
Success measure: page views

## 3. Nominate technicians for awards
Owner: HR
Timescale: Annually
`);
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([['2', 'Create a technician web page'], ['3', 'Nominate technicians for awards']]);
    expect(plan.actions[0]?.successMeasures).toEqual(['page views']);
    expect(plan.sections.some((s) => s.text.includes('agreed by the steering group'))).toBe(true);
  });

  it('reads several themes on one line under a themes label', () => {
    const plan = read(`Action 1: Set up a technician network
Commitment areas:
Visibility, Career Development

Action 2: Review job titles
Commitment areas:
Recognition
`, 'text');
    expect(plan.actions.map((a) => a.themes.map((t) => t.theme).join())).toEqual(['visibility,career-development', 'recognition']);
  });

  it('reads one field table per action under numbered objective headings', () => {
    const plan = read(`## Objective 1

| Action | Create a technician network |
|---|---|
| Theme | Visibility, Career Development |
| Lead | Head of Technical Services |
| Timescale | September 2024 |

## Objective 2

| Action | Fund professional registration |
|---|---|
| Theme | Recognition |
| Lead | HR |
| Timescale | 2024/25 |
`);
    expect(plan.layout).toBe('sections');
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners[0]?.raw, a.timeframe?.end, a.themes.map((t) => t.theme).join()])).toEqual([
      ['1', 'Create a technician network', 'Head of Technical Services', '2024-09', 'visibility,career-development'],
      ['2', 'Fund professional registration', 'HR', '2025-07', 'recognition'],
    ]);
  });

  it('reads field tables that stand on their own, and leaves other two-column tables alone', () => {
    const plan = read(`| Action | Run a technician conference |
|---|---|
| Owner | Steering group |
| Budget | £3k |

| Year | Headcount |
|---|---|
| 2023 | 120 |
`);
    expect(plan.layout).toBe('field-tables');
    expect(plan.actions.map((a) => [a.title, a.owners[0]?.raw, a.extra])).toEqual([['Run a technician conference', 'Steering group', { Budget: '£3k' }]]);
    expect(plan.sections.map((s) => s.text).join('\n')).toContain('120');
  });

  it.each([
    ['nested', '1. Launch a technician newsletter\n   - Lead: Communications team\n   - Timescale: Spring 2025\n   - Theme: Visibility\n2. Create a progression framework\n   - Lead: HR\n'],
    ['flat', '- Launch a technician newsletter\n- Lead: Communications team\n- Timescale: Spring 2025\n- Theme: Visibility\n- Create a progression framework\n- Lead: HR\n'],
  ])('reads field bullets under listed actions (%s)', (_kind, list) => {
    const plan = read(`## Our actions\n\n${list}`);
    expect(plan.actions.map((a) => [a.title, a.owners.map((o) => o.raw).join(), a.timeframe?.end ?? null])).toEqual([
      ['Launch a technician newsletter', 'Communications team', '2025-05'],
      ['Create a progression framework', 'HR', null],
    ]);
    expect(plan.actions[0]?.themes.map((t) => `${t.theme}:${t.source}`)).toEqual(['visibility:label']);
  });

  it('takes the plan period from a line over the table when the title has none, and resolves years against it', () => {
    const plan = read(`# Technician Commitment

Action plan 2024 – 2027

| Action | Lead | When |
|---|---|---|
| Appoint technical apprentices | HR | Year 2 |
| Review technical job titles | HR | 2025 |
`);
    expect(plan.period).toMatchObject({ start: '2024-01', end: '2027-12' });
    expect(plan.actions.map((a) => [a.timeframe?.start, a.timeframe?.end])).toEqual([['2025-01', '2025-12'], ['2025-01', '2025-12']]);
  });

  it('reads themes named in a bracket after the action', () => {
    const plan = read(`Our actions:

- Create technician profiles on the website (Visibility, Recognition)
- Fund registration fees [R]
- Review the canteen menu (staff feedback)
- Update job description(s)
- Rewrite role profiles (s)
`, 'text');
    expect(plan.actions.map((a) => [a.title, a.themes.filter((t) => t.source === 'label').map((t) => t.theme).join()])).toEqual([
      ['Create technician profiles on the website', 'visibility,recognition'],
      ['Fund registration fees', 'recognition'],
      ['Review the canteen menu (staff feedback)', ''],
      ['Update job description(s)', ''],
      ['Rewrite role profiles (s)', ''],
    ]);
  });
  it('gives each table the theme whose definition the heading above it quotes', () => {
    const table = (rows: string[]) => `| Action | Owner | Timescale |\n| --- | --- | --- |\n${rows.map((r) => `| ${r} | Head of HR | 2025 |`).join('\n')}\n`;
    const plan = read(`# Technician Commitment Action Plan

### Ensure that all technicians within the organisation are identifiable and that the contribution of technicians is visible within and beyond the institution.

${table(['Run an annual technical showcase', 'Create a technician web page'])}
### Support technicians to gain recognition through professional registration and external awards schemes.

${table(['Fund professional registration fees'])}
`);
    expect(plan.actions.map((a) => a.themes.map((t) => `${t.theme}:${t.source}`).join())).toEqual([
      'visibility:section', 'visibility:section', 'recognition:section',
    ]);
  });
});

