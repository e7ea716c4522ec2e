import { describe, expect, it } from 'vitest';
import { readLeadingRef, readMarkerRef, sequenceRegularity } from '../src/fields/ref-grammar.ts';

describe('ref grammar', () => {
  it.each([
    ['1. Publish a page', '1', 'number', '.'],
    ['1 – Publish a page', '1', 'number', '–'],
    ['1    Publish a page', '1', 'number', ' '],
    ['1.1 Publish a page', '1.1', 'dotted', ' '],
    ['3a) Publish a page', '3a', 'number-letter', ')'],
    ['(a) Publish a page', 'a', 'letter', '(x)'],
    ['b) Publish a page', 'b', 'letter', ')'],
    ['iv. Publish a page', 'iv', 'roman', '.'],
    ['V1  Publish a page', 'V1', 'code', ' '],
    ['CD2c. Publish a page', 'CD2c', 'code', '.'],
    ['HU-01 Publish a page', 'HU-01', 'dash-code', ' '],
    ['TC/04 Publish a page', 'TC/04', 'dash-code', ' '],
    ['Action 3: Publish a page', '3', 'keyword', ':'],
    ['Action 1.1 – Publish a page', '1.1', 'keyword', '–'],
    ['Objective 2.1 – Publish a page', '2.1', 'keyword', '–'],
  ])('%j opens with ref %j (%s, set off by %j)', (text, ref, shape, delimiter) => {
    const found = readLeadingRef(text);
    expect(found).toMatchObject({ ref, shape, delimiter, rest: 'Publish a page' });
  });

  it.each(['100 technicians attended', '12 of them came', '2025 will see more', 'B. Smith said so', 'I will do it', 'Year 1: start', 'V1'])('%j opens with no ref', (text) => {
    expect(readLeadingRef(text)).toBeNull();
  });

  it('reads list markers as refs', () => {
    expect(readMarkerRef('3')).toEqual({ ref: '3', shape: 'number' });
    expect(readMarkerRef('a)')).toEqual({ ref: 'a', shape: 'letter' });
    expect(readMarkerRef('ii')).toEqual({ ref: 'ii', shape: 'roman' });
    expect(readMarkerRef(null)).toBeNull();
  });

  it('measures how regularly refs count up, restarts per section and per prefix included', () => {
    const numbers = (refs: string[]) => refs.map((ref) => ({ ref, shape: 'number' as const, prefix: null }));
    expect(sequenceRegularity(numbers(['1', '2', '3', '1', '2']))).toBe(1);
    expect(sequenceRegularity(numbers(['12', '7', '30', '4']))).toBe(0);
    const codes = ['V1', 'V2', 'R1', 'CD1', 'CD2'].map((ref) => ({ ref, shape: 'code' as const, prefix: ref.replace(/\d.*/, '') }));
    expect(sequenceRegularity(codes)).toBe(1);
  });
});
