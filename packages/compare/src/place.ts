import type { Action } from '@tc/model';
import type { Place } from './comparison.ts';

/** Where an action starts in its file: the page of a PDF, the line of a text, the block of a Word file. */
export function actionPlace(action: Action, file: string): Place {
  const first = action.provenance[0];
  if (first === undefined) return { file, kind: null, at: null };
  if (first.kind === 'pdf') return { file, kind: 'page', at: first.page };
  if (first.kind === 'text') return { file, kind: 'line', at: first.start.line };
  return { file, kind: 'block', at: first.block };
}
