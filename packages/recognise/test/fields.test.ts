import { describe, expect, it } from 'vitest';
import { fieldRole } from '../src/fields/field-role.ts';
import { parseOwners } from '../src/fields/owners.ts';
import { isRef, isSubRef, leadingRef } from '../src/fields/refs.ts';
import { stripFootnoteMarks } from '../src/fields/footnote-marks.ts';
import { parsePeriod, parseTimeframe } from '../src/fields/timeframe.ts';
import { inlineAbbreviations } from '../src/fields/abbreviations.ts';

const noContext = { period: null, phases: new Map() };

describe('fieldRole', () => {
  it.each([
    ['No.', 'ref'], ['ITEM', 'ref'], ['Ref', 'ref'], ['Action Statements', 'title'], ['ACTION', 'title'], ['Activity', 'title'],
    ['Detail', 'description'], ['Target Date', 'timeframe'], ['TIMESCALE', 'timeframe'], ['Time frame', 'timeframe'],
    ['Timescales', 'timeframe'], ['Action owner', 'owner'], ['Stakeholders', 'owner'], ['Lead', 'owner'],
    ['Success Measures/Impact', 'measures'], ['Success Measure', 'measures'], ['KPIs', 'measures'], ['RAG Status', 'status'],
    ['Comment', 'comments'], ['COMMENTS', 'comments'], ['THEME', 'theme'], ['Commitment areas', 'theme'],
    ['Supporting Actions Required', 'supporting'], ['Sucess Measures', 'measures'], ['Budget', null], ['', null],
    ['Lead(s)', 'owner'], ['Theme(s)', 'theme'], ['Status (RAG)', 'status'], ['Outcome/Impact', 'measures'], ['Key actions', 'title'],
    ['Deliverables', 'measures'], ['Evidence of impact', 'measures'], ['By when?', 'timeframe'], ['Who', 'owner'], ['Priority', null],
  ])('%j → %j', (header, role) => {
    expect(fieldRole(header)).toBe(role);
  });
});

describe('timeframes', () => {
  it('reads a single month as a deadline', () => {
    expect(parseTimeframe('December 2019', noContext)).toEqual({ raw: 'December 2019', start: null, end: '2019-12', ongoing: false });
  });
  it('reads a start and on-going work', () => {
    expect(parseTimeframe('Started June 2019. Work will be on-going', noContext)).toMatchObject({ start: '2019-06', end: null, ongoing: true });
  });
  it('reads a range of months, two-digit years included', () => {
    expect(parseTimeframe('Jan 24 to Dec 25', noContext)).toMatchObject({ start: '2024-01', end: '2025-12' });
  });
  it('resolves plan years against the plan period', () => {
    const context = { period: { start: '2021-01', end: '2023-12' }, phases: new Map() };
    expect(parseTimeframe('Year 1/2', context)).toMatchObject({ start: '2021-01', end: '2022-12' });
    expect(parseTimeframe('Year 3', context)).toMatchObject({ start: '2023-01', end: '2023-12' });
    expect(parseTimeframe('Year 2', noContext)).toMatchObject({ start: null, end: null });
  });
  it('resolves phase codes against the plan key', () => {
    const phases = new Map([['P1', { start: '2024-01', end: '2024-12' }], ['P2', { start: '2025-01', end: '2025-12' }], ['P3', { start: '2026-01', end: '2026-12' }]]);
    const context = { period: null, phases };
    expect(parseTimeframe('P1-3', context)).toMatchObject({ start: '2024-01', end: '2026-12' });
    expect(parseTimeframe('P2', context)).toMatchObject({ start: '2025-01', end: '2025-12' });
    expect(parseTimeframe('P1 and P3', context)).toMatchObject({ start: '2024-01', end: '2026-12' });
  });
  it('reads plan periods from titles', () => {
    expect(parsePeriod('ACTION PLAN: JANUARY 2021 TO DECEMBER 2023')).toMatchObject({ start: '2021-01', end: '2023-12' });
    expect(parsePeriod('3 Year Action Plan January 2024')).toMatchObject({ start: '2024-01', end: '2026-12' });
    expect(parsePeriod('Action Plan 2022-2025')).toMatchObject({ start: '2022-01', end: '2025-12' });
    expect(parsePeriod('Action plan 2021/23')).toMatchObject({ start: '2021-01', end: '2023-12' });
    expect(parsePeriod('Action plan 2024/25')).toMatchObject({ start: '2024-08', end: '2025-07' });
    expect(parsePeriod('Technician Commitment Action Plan')).toBeNull();
  });
});

describe('owners', () => {
  const key = new Map([['SG', 'Steering Group'], ['GB', 'Gemma Black'], ['OD', 'Organisational Development']]);
  it('splits on slashes and expands the key', () => {
    expect(parseOwners('SG / GB', key)).toEqual([{ raw: 'SG', name: 'Steering Group' }, { raw: 'GB', name: 'Gemma Black' }]);
  });
  it('splits lettered lists and runs of abbreviations', () => {
    expect(parseOwners('a) OD b) GB', key).map((o) => o.raw)).toEqual(['OD', 'GB']);
    expect(parseOwners('SG GB', key).map((o) => o.raw)).toEqual(['SG', 'GB']);
  });
  it('names the owner, not what they are to do', () => {
    expect(parseOwners('SG to identify case studies in their area', key)).toEqual([
      { raw: 'SG to identify case studies in their area', name: 'Steering Group' },
    ]);
  });
  it('keeps names it cannot expand, and no name for TBC', () => {
    expect(parseOwners('L & D / Technical Managers / TBC', key)).toEqual([
      { raw: 'L & D', name: 'L & D' }, { raw: 'Technical Managers', name: 'Technical Managers' }, { raw: 'TBC', name: null },
    ]);
  });
});

describe('refs and marks', () => {
  it('recognises printed refs', () => {
    for (const ref of ['1', '12', '4b', 'V1', 'CD2c', 'R10', '2.3']) expect(isRef(ref)).toBe(true);
    for (const text of ['Year 1', 'Workstream: Visibility', 'Action', '2019']) expect(isRef(text)).toBe(false);
  });
  it('takes a ref opening a cell', () => {
    expect(leadingRef('V1a. Encourage events')).toEqual({ ref: 'V1a', rest: 'Encourage events' });
    expect(leadingRef('2 technical apprentices')).toBeNull();
  });
  it('knows sub-codes', () => {
    expect(isSubRef('V1', 'V1a')).toBe(true);
    expect(isSubRef('3', '3.1')).toBe(true);
    expect(isSubRef('V1', 'V10')).toBe(false);
  });
  it('moves superscript marks out of text', () => {
    expect(stripFootnoteMarks('recruitment events ² .')).toEqual({ text: 'recruitment events.', marks: ['2'] });
    expect(stripFootnoteMarks('researchers ¹ ² We will')).toEqual({ text: 'researchers We will', marks: ['1', '2'] });
  });
  it('finds abbreviations defined in running text', () => {
    expect(inlineAbbreviations("a Technician's Commitment Steering Group (TCSG) consisting of")).toEqual([
      { term: 'TCSG', expansion: "Technician's Commitment Steering Group" },
    ]);
    expect(inlineAbbreviations('the Executive Board (ExB) and the Knowledge Exchange Framework (KEF)').map((a) => a.term)).toEqual(['ExB', 'KEF']);
    expect(inlineAbbreviations('some text (see below)')).toEqual([]);
  });
});
