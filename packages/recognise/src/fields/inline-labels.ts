// Field labels inside a line: "Lead: HR; By: July 2026", "(Owner: Estates, due Q3 2025)",
// "Title. Lead: X. Timescale: Y." — every "Label:" whose label the vocabulary knows starts a field
// that runs to the next such label or a closing bracket.
import { fieldRole, isKnownLabel, type FieldRole } from './field-role.ts';

export interface InlineField {
  label: string;
  role: FieldRole;
  value: string;
}

// A label is one to four words right before a colon; the longest known one wins. Found by
// looking back from each colon, so the work is linear in the text.
const WORD = /^[A-Za-z][\w'’/&()-]*$/;

interface Found {
  start: number;
  valueStart: number;
  label: string;
  role: FieldRole;
}

function labelsIn(text: string): Found[] {
  const found: Found[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const before = text.slice(Math.max(0, colon - 80), colon).trimEnd();
    // "(Lead:", "[Owner:": a bracket or quote before the label is not part of it.
    const words = before.split(/\s+/).slice(-4).map((w, k, all) => (k === all.length - 1 || k === 0 ? w.replace(/^[([{"'“‘]+/, '') : w));
    let valueStart = colon + 1;
    while (valueStart < text.length && /\s/.test(text[valueStart]!)) valueStart++;
    for (let take = words.length; take >= 1; take--) {
      const parts = words.slice(words.length - take);
      if (!parts.every((w) => WORD.test(w))) continue;
      const label = parts.join(' ');
      const role = isKnownLabel(label) ? fieldRole(label) : null;
      if (!role) continue;
      const start = text.lastIndexOf(parts[0]!, colon);
      if (start < 0) continue;
      found.push({ start, valueStart, label, role });
      break;
    }
  }
  return found;
}

/**
 * Splits `text` into what comes before its first known label (`lead`) and the labelled fields.
 * Brackets that hold only fields are taken out whole. Returns no fields when there are none.
 */
export function splitInlineLabels(text: string): { lead: string; fields: InlineField[] } {
  const found = labelsIn(text);
  if (found.length === 0) return { lead: text.trim(), fields: [] };
  const fields: InlineField[] = [];
  for (let k = 0; k < found.length; k++) {
    const f = found[k]!;
    let end = found[k + 1]?.start ?? text.length;
    // The value ends at a bracket that closes one opened before the label: "(Lead: X (Y); By: Z)".
    let depth = 0;
    for (let i = f.valueStart; i < end; i++) {
      const ch = text[i];
      if (ch === '(' || ch === '[') depth++;
      else if (ch === ')' || ch === ']') {
        if (depth === 0) {
          end = i;
          break;
        }
        depth--;
      }
    }
    const value = text.slice(f.valueStart, end).replace(/^[\s]+|(?<![\s;,.([])[\s;,.([]+$/g, '').replace(/(?<!\s)\s*[;|]\s*$/, '');
    if (value.length > 0) fields.push({ label: f.label, role: f.role, value });
  }
  let lead = text.slice(0, found[0]!.start);
  lead = lead.replace(/(?<![\s([{;,|–-])[\s([{;,|–-]+$/, '').trim();
  return { lead, fields };
}
