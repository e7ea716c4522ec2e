import { fieldRole } from './field-role.ts';

/** "Action 3", "Objective 2: Celebrate technical work", "Priority No. 4 – …" */
export const ACTION_HEADING = /^(?:action|objective|priority|item|commitment|aim)\s*(?:no\.?|number|#)?\s*(\d{1,3}[a-z]?)\s*(?:[:.\-–—)]\s*(.*))?$/i;
/** "Success Measure:" on its own */
export const LABEL_ONLY = /^([A-Za-z][\w /&'’()-]{1,60}?)\s*:$/;
/** "Owner: Technical managers" */
export const LABEL_INLINE = /^([A-Za-z][\w /&'’()-]{1,40}?)\s*:\s+(.+)$/;

/** A line that opens an action section or names a field of one. */
export function isSectionLine(line: string): boolean {
  if (ACTION_HEADING.test(line)) return true;
  const label = LABEL_ONLY.exec(line) ?? LABEL_INLINE.exec(line);
  return label?.[1] !== undefined && fieldRole(label[1]) !== null;
}
