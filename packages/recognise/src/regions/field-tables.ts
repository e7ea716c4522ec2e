import type { TableNode } from '@tc/model';
import { addField, addTheme, newDraft, type ActionDraft } from '../action-draft.ts';
import { fieldRole, type FieldRole } from '../fields/field-role.ts';
import { isRef, normaliseRef } from '../fields/refs.ts';
import { themeList } from '../fields/theme-list.ts';
import type { Item } from '../items.ts';
import { addDraft, consume, positions, type Recognition } from '../recognition.ts';
import { ownText } from './table-columns.ts';

interface Field {
  label: string;
  role: FieldRole | null;
  value: string;
}

/**
 * A table that lays one action out vertically — "Action | …", "Lead | …", "Timescale | …" — read as
 * its fields; null when most first cells name no field.
 */
export function readFieldTable(table: TableNode): Field[] | null {
  const fields: Field[] = [];
  for (const row of table.rows) {
    const cells = row.cells.map((c) => ownText(c));
    const label = (cells[0] ?? '').replace(/:$/, '').trim();
    const value = cells.slice(1).filter((t) => t.length > 0).join('\n');
    if (!label && !value) continue;
    if (row.cells.length > 3) return null;
    fields.push({ label, role: label.length <= 60 ? fieldRole(label) : null, value });
  }
  const named = fields.filter((f) => f.role !== null);
  if (fields.length < 2 || named.length < Math.max(2, Math.ceil(fields.length * 0.6))) return null;
  if (!named.some((f) => f.role === 'title')) return null;
  return fields;
}

/** Puts a field table's fields into a draft. */
export function applyFields(draft: ActionDraft, fields: readonly Field[]): void {
  for (const { label, role, value } of fields) {
    if (!value) continue;
    if (role === 'theme') {
      const themes = themeList(value);
      if (themes) for (const theme of themes) addTheme(draft, theme, 'label');
      else draft.extra[label] = value;
    } else if (role === 'ref') {
      if (isRef(value) && !draft.ref) draft.ref = normaliseRef(value);
      else draft.extra[label] = value;
    } else if (role === null) {
      draft.extra[label || 'note'] = value;
    } else {
      addField(draft, role, value);
    }
  }
}

/** Field tables that no section took: one action each. */
export function recogniseFieldTables(r: Recognition): void {
  for (const item of r.items) {
    if (item.kind !== 'table' || !item.table || r.consumed.has(item.index)) continue;
    const fields = readFieldTable(item.table);
    if (!fields) continue;
    const draft = newDraft({ provenance: positions([item as Item]) });
    applyFields(draft, fields);
    addDraft(r, draft, 'field-tables', item.index);
    consume(r, item.index);
  }
}
