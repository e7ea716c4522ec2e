import { describe, expect, it } from 'vitest';
import { isContinuationRow } from '../src/index.ts';

describe('isContinuationRow', () => {
  const prev = ['4', 'We have reviewed role profiles.', 'Surveys have been designed to gather the feedback of technical', 'December 2019', '', 'Y'];

  it('joins a row whose only text starts lowercase under a filled cell', () => {
    expect(isContinuationRow(prev, ['', '', 'and non-technical staff and the data', '', '', ''])).toBe(true);
  });
  it('joins when several cells go on, all lowercase', () => {
    expect(isContinuationRow(prev, ['', 'and more', 'and the rest', '', '', ''])).toBe(true);
  });
  it('joins continuing punctuation', () => {
    expect(isContinuationRow(prev, ['', '', ', and so on', '', '', ''])).toBe(true);
    expect(isContinuationRow(prev, ['', '', ') closing', '', '', ''])).toBe(true);
  });
  it('does not join a cell that starts uppercase', () => {
    expect(isContinuationRow(prev, ['', '', 'Recognition and promotion of technical work', '', '', ''])).toBe(false);
  });
  it('does not join when any other cell starts uppercase or with a digit', () => {
    expect(isContinuationRow(prev, ['organisation and that expertise is used', 'S3', 'Establish a database', '', '', ''])).toBe(false);
    expect(isContinuationRow(prev, ['5', 'and more', '', '', '', ''])).toBe(false);
  });
  it('does not join text under an empty cell of the previous row', () => {
    expect(isContinuationRow(prev, ['', '', '', '', 'yes', ''])).toBe(false);
  });
  it('does not join an empty row', () => {
    expect(isContinuationRow(prev, ['', '', '', ''])).toBe(false);
  });
  it('handles a next row wider than the previous one', () => {
    expect(isContinuationRow(['a', 'b'], ['', 'c', 'd'])).toBe(false);
    expect(isContinuationRow(['a', 'b'], ['', 'c', ''])).toBe(true);
  });
});
