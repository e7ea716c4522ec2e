import { normaliseThemeLabel } from '@tc/themes';
import { addTheme, newDraft, type ActionDraft } from '../action-draft.ts';
import { fieldRole, type FieldRole } from '../fields/field-role.ts';
import { LABEL_INLINE } from '../fields/section-heading.ts';
import { applyFields } from './field-tables.ts';
import { isHeadingLike, type Item } from '../items.ts';
import { addDraft, consume, positions, type Recognition } from '../recognition.ts';

const ACTIONS_HEADING = /\bactions?\b\s*:?$/i;

// Roles no action title would open with, so a flat "Lead: …" item is safely a field.
const FLAT_FIELD_ROLES: ReadonlySet<FieldRole> = new Set(['owner', 'timeframe', 'theme', 'measures', 'status']);

function labelledField(text: string): { label: string; role: FieldRole; value: string } | null {
  const match = LABEL_INLINE.exec(text);
  const role = match?.[1] ? fieldRole(match[1]) : null;
  return match?.[1] && match[2] && role && role !== 'title' ? { label: match[1], role, value: match[2] } : null;
}

/**
 * Actions listed under a heading that says so ("General actions:", "Visibility actions") or
 * under a theme heading as a bulleted list: each paragraph or item is one action, with the
 * heading's theme (none for overarching or impact headings).
 */
export function recogniseActionLists(r: Recognition): void {
  const { items } = r;
  for (let i = 0; i < items.length; i++) {
    const head = items[i]!;
    // The plan's title may head its list of actions too.
    if ((r.consumed.has(i) && i !== r.context.titleItem) || !isHeadingLike(head)) continue;
    const labelText = head.text.replace(/\bactions?\b\s*:?$/i, '').trim();
    const label = labelText ? normaliseThemeLabel(labelText) : null;
    const saysActions = ACTIONS_HEADING.test(head.text);
    if (!saysActions && label?.kind !== 'theme') continue;
    const body: Item[] = [];
    for (let j = i + 1; j < items.length; j++) {
      const item = items[j]!;
      if (r.consumed.has(j) || item.kind === 'table' || item.kind === 'symbol' || item.kind === 'heading') break;
      if (item.kind === 'paragraph' && !saysActions) break;
      if (item.kind === 'paragraph' && isHeadingLike(item) && item.text.endsWith(':')) break;
      body.push(item);
    }
    if (body.length === 0) continue;
    const group = label ? (label.kind === 'theme' ? label.theme : label.kind) : 'action';
    let last: { draft: ActionDraft; depth: number } | null = null;
    for (const item of body) {
      // An item of the form "Lead: …" under an action (nested, or flat where the nesting was lost,
      // as in a PDF) is a field of that action.
      const candidate = last ? labelledField(item.text) : null;
      const field = candidate && last && (item.depth > last.depth || FLAT_FIELD_ROLES.has(candidate.role)) ? candidate : null;
      if (last && field) {
        applyFields(last.draft, [field]);
        last.draft.provenance.push(...positions([item]));
        continue;
      }
      const draft = newDraft({ title: item.text, provenance: positions([item]), themeless: label !== null && label.kind !== 'theme' });
      if (label?.kind === 'theme') addTheme(draft, label.theme, 'section');
      addDraft(r, draft, 'list', item.index, group);
      last = { draft, depth: item.depth };
    }
    consume(r, i, ...body.map((b) => b.index));
    if (i !== r.context.titleItem) {
      r.sections.push({ heading: head.text, text: '', theme: label?.kind === 'theme' ? label.theme : null, provenance: positions([head]), item: i });
    }
    i = body[body.length - 1]!.index;
  }
}
