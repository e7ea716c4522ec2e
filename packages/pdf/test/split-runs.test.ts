import { describe, expect, it } from 'vitest';
import { splitRunsAt } from '../src/split-runs.ts';
import type { TextRun } from '../src/text-runs.ts';

const run = (text: string, x0: number, x1: number): TextRun => ({
  text, box: [x0, 100, x1, 110], baseline: 108, size: 10, font: 'Helvetica', bold: false, italic: false, vertical: false, upward: false,
});

describe('splitRunsAt', () => {
  it('cuts a run that crosses a column line at the nearest space', () => {
    // 32 characters over 160 pt: 5 pt a character; the line at x = 215 falls just after "Operations".
    const parts = splitRunsAt([run('Director of Operations June 2025', 100, 260)], [215]);
    expect(parts.map((p) => p.text)).toEqual(['Director of Operations', 'June 2025']);
    expect(parts[0]!.box[2]).toBeLessThanOrEqual(215);
    expect(parts[1]!.box[0]).toBeGreaterThanOrEqual(210);
  });

  it('leaves runs alone that end before the line, or a long word over it', () => {
    expect(splitRunsAt([run('Comms', 100, 130)], [230]).map((p) => p.text)).toEqual(['Comms']);
    expect(splitRunsAt([run('Interdisciplinarity', 100, 200)], [150]).map((p) => p.text)).toEqual(['Interdisciplinarity']);
  });
});
