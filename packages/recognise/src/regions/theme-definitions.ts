import { normaliseThemeLabel } from '@tc/themes';
import { consume, definePlanTheme, type Recognition } from '../recognition.ts';
import { ownText } from './table-columns.ts';

/** A two-column table of theme labels and their definitions ("Visibility | Ensure that …"). */
export function recogniseThemeDefinitionTables(r: Recognition): void {
  for (const item of r.items) {
    if (item.kind !== 'table' || !item.table || r.consumed.has(item.index)) continue;
    const rows = item.table.rows
      .map((row) => row.cells.map((c) => ownText(c)).filter((t) => t.length > 0))
      .filter((cells) => cells.length > 0);
    const defined = rows.flatMap((cells) => {
      const label = cells.length === 2 ? normaliseThemeLabel(cells[0]!) : null;
      return label?.kind === 'theme' && cells[1]!.split(' ').length >= 4 ? [{ theme: label.theme, label: cells[0]!, definition: cells[1]! }] : [];
    });
    if (defined.length < 2 || defined.length < rows.length - 1) continue;
    for (const d of defined) definePlanTheme(r, d.theme, d.label, d.definition);
    consume(r, item.index);
  }
}
