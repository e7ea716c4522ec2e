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

// A label opens the text, follows a break ("Title. Lead:", "X; By:", "(Owner:") or is capitalised
// ("Publish the directory Lead: HR"); a lower-case word inside a sentence ("… each year: …",
// "… range of backgrounds: …") is the sentence's own.
function standsApart(text: string, start: number): boolean {
  if (/^\p{Lu}/u.test(text.slice(start, start + 1))) return true;
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i < 0 || /[.;,:|([{–—\-•*)\]]/.test(text[i]!);
}

// "Name of Institutional Lead: …", "Deputy Lead: …": a known word closing a longer label of
// capitalised words is that label's, not a field of its own.
const JOINING = new Set(['of', 'the', 'and', 'for', 'to', 'in']);
function partOfLongerLabel(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && !/[.;,:|([{–—\-•*)\]]/.test(text[from - 1]!)) from--;
  // After another field's colon the words are that field's value ("Owner: Estates Target date: …").
  if (from > 0 && text[from - 1] === ':') return false;
  const words = text.slice(from, start).trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w) || JOINING.has(w)) && /^\p{Lu}/u.test(words[0]!);
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
      if (start < 0 || !standsApart(text, start)) continue;
      if (partOfLongerLabel(text, start)) break;
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
