import type { Provenance, TableNode } from '@tc/model';
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
  position?: Provenance | null;
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
    fields.push({ label, role: label.length <= 60 ? fieldRole(label) : null, value, position: row.position });
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

/**
 * The field blocks of a field table: one per action, a new block starting wherever a label of the
 * block so far comes again (field tables run together, as tab-separated text gives them).
 */
export function fieldBlocks(fields: readonly Field[]): Field[][] {
  const blocks: Field[][] = [];
  let current: Field[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    const key = field.label.toLowerCase();
    if (key && seen.has(key) && current.some((f) => f.role === 'title')) {
      blocks.push(current);
      current = [];
      seen.clear();
    }
    if (key) seen.add(key);
    current.push(field);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Field tables that no section took: one action per field block. */
export function recogniseFieldTables(r: Recognition): void {
  for (const item of r.items) {
    if (item.kind !== 'table' || !item.table || r.consumed.has(item.index)) continue;
    const fields = readFieldTable(item.table);
    if (!fields) continue;
    for (const block of fieldBlocks(fields)) {
      const rows = block.flatMap((f) => (f.position ? [f.position] : []));
      const draft = newDraft({ provenance: rows.length > 0 ? rows : positions([item as Item]) });
      applyFields(draft, block);
      addDraft(r, draft, 'field-tables', item.index);
    }
    consume(r, item.index);
  }
}
