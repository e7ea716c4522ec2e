import { normaliseThemeLabel } from '@tc/themes';
import { addTheme, newDraft } from '../action-draft.ts';
import { isHeadingLike, type Item } from '../items.ts';
import { addDraft, consume, positions, type Recognition } from '../recognition.ts';

const ACTIONS_HEADING = /\bactions?\b\s*:?$/i;

/**
 * Actions listed under a heading that says so ("General actions:", "Visibility actions") or
 * under a theme heading as a bulleted list: each paragraph or item is one action, with the
 * heading's theme (none for overarching or impact headings).
 */
export function recogniseActionLists(r: Recognition): void {
  const { items } = r;
  for (let i = 0; i < items.length; i++) {
    const head = items[i]!;
    if (r.consumed.has(i) || !isHeadingLike(head)) continue;
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
    for (const item of body) {
      const draft = newDraft({ title: item.text, provenance: positions([item]), themeless: label !== null && label.kind !== 'theme' });
      if (label?.kind === 'theme') addTheme(draft, label.theme, 'section');
      addDraft(r, draft, 'list', item.index, group);
    }
    consume(r, i, ...body.map((b) => b.index));
    r.sections.push({ heading: head.text, text: '', theme: label?.kind === 'theme' ? label.theme : null, provenance: positions([head]), item: i });
    i = body[body.length - 1]!.index;
  }
}
