import type { ThemeId } from '@tc/model';
import { isHeadingLike, type Item } from '../items.ts';
import { consume, definePlanTheme, positions, themeHeading, type Recognition } from '../recognition.ts';
import { ownText } from './table-columns.ts';

interface Open {
  heading: string | null;
  theme: ThemeId | null;
  body: Item[];
  head: Item | null;
  /** the head was a theme definition, already kept in the plan's themes */
  defined: boolean;
}

/**
 * Everything no action took: theme definitions ("Visibility / Ensure that …") go to the plan's
 * themes, the rest into narrative sections under the nearest heading, with that heading's theme.
 */
export function recogniseNarrative(r: Recognition): void {
  let open: Open | null = null;
  const close = (): void => {
    if (!open) return;
    if ((open.heading !== null && !open.defined) || open.body.length > 0) {
      const text = open.body.map(blockText).filter(Boolean).join('\n\n');
      const provenance = positions(open.head ? [open.head, ...open.body] : open.body);
      r.sections.push({ heading: open.heading, text, theme: open.theme, provenance, item: (open.head ?? open.body[0])?.index ?? 0 });
    }
    open = null;
  };
  for (const item of r.items) {
    if (r.consumed.has(item.index) || item.index === r.context.titleItem) continue;
    consume(r, item.index);
    if (item.kind === 'paragraph' || item.kind === 'listItem' || item.kind === 'heading') {
      const heading = themeHeading(item.lines.length > 0 ? item.lines : [item.text]);
      if (heading && (heading.rest.length > 0 || isHeadingLike(item))) {
        const definition = heading.rest.join(' ').trim();
        if (heading.theme) definePlanTheme(r, heading.theme, heading.label, definition || null);
        close();
        open = { heading: heading.label, theme: heading.theme, body: [], head: item, defined: heading.theme !== null && definition.length > 0 };
        if (heading.kind !== 'theme' && definition) open.body.push({ ...item, text: definition, lines: heading.rest });
        continue;
      }
      if (isHeadingLike(item) && item.kind !== 'listItem') {
        close();
        open = { heading: item.text, theme: null, body: [], head: item, defined: false };
        continue;
      }
    }
    if (!open) open = { heading: null, theme: null, body: [], head: null, defined: false };
    (open as Open).body.push(item);
  }
  close();
}

function blockText(item: Item): string {
  if (item.kind === 'table' && item.table) {
    return item.table.rows.map((row) => row.cells.map((c) => ownText(c)).filter(Boolean).join(' | ')).filter(Boolean).join('\n');
  }
  if (item.kind === 'listItem') return `${item.marker ? `${item.marker} ` : '- '}${item.text}`;
  return item.text;
}
