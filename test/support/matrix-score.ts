// How closely a producer-matrix rendition reads like its plan's text: action by action, in order,
// the fields the matrix promises (ref, stated themes, timeframe) and the whole action.
import type { Action } from '@tc/model';

/** Counts over the text's actions; `found` is how many actions the rendition gave. */
export interface MatrixFigures {
  actions: number;
  found: number;
  same: number;
  refs: number;
  themes: number;
  timeframes: number;
}

const fold = (s: string | null): string | null => (s === null ? null : s.replace(/\s+/g, ' ').trim());

/** The parts of an action every rendition must agree on (line breaks in a cell are spaces in text). */
export function comparable(a: Action, withThemes: boolean) {
  return {
    id: a.id,
    ref: a.ref,
    parentRef: a.parentRef,
    title: fold(a.title),
    ...(withThemes ? { themes: themeKeys(a) } : {}),
    timeframe: timeframeKey(a),
    owners: a.owners.map((o) => ({ raw: fold(o.raw), name: o.name })),
    successMeasures: a.successMeasures.map(fold),
  };
}

const themeKeys = (a: Action): string[] => a.themes.map((t) => `${t.theme}:${t.source}`).sort();
const timeframeKey = (a: Action) => a.timeframe && { ...a.timeframe, raw: fold(a.timeframe.raw) };

/**
 * Scores `got` against the text's actions `want`. `ticks` (plymouth) replaces the text's themes
 * with the tick columns recorded beside the fixture.
 */
export function matrixFigures(want: readonly Action[], got: readonly Action[], ticks: string[][] | null): MatrixFigures {
  const figures: MatrixFigures = { actions: want.length, found: got.length, same: 0, refs: 0, themes: 0, timeframes: 0 };
  want.forEach((w, i) => {
    const g = got[i];
    if (!g) return;
    const wantThemes = ticks ? (ticks[i] ?? []).map((t) => `${t}:tick`).sort() : themeKeys(w);
    const themes = JSON.stringify(themeKeys(g)) === JSON.stringify(wantThemes);
    if (g.ref === w.ref) figures.refs++;
    if (themes) figures.themes++;
    if (JSON.stringify(timeframeKey(g)) === JSON.stringify(timeframeKey(w))) figures.timeframes++;
    if (themes && JSON.stringify(comparable(g, false)) === JSON.stringify(comparable(w, false))) figures.same++;
  });
  return figures;
}

/** Whether a rendition reads exactly like its text. */
export const exact = (f: MatrixFigures): boolean =>
  f.found === f.actions && [f.same, f.refs, f.themes, f.timeframes].every((n) => n === f.actions);
