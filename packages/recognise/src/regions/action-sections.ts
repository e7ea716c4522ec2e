import levenshtein from 'fast-levenshtein';
import { normaliseThemeLabel } from '@tc/themes';
import { addField, addTheme, newDraft, type ActionDraft } from '../action-draft.ts';
import { fieldRole, type FieldRole } from '../fields/field-role.ts';
import { themeList } from '../fields/theme-list.ts';
import { applyFields, readFieldTable } from './field-tables.ts';
import { ACTION_HEADING, LABEL_INLINE, LABEL_ONLY } from '../fields/section-heading.ts';
import type { Item } from '../items.ts';
import { addDraft, consume, positions, type Recognition } from '../recognition.ts';


const NUMBERED_HEADING = /^(\d{1,3}(?:\.\d{1,2})?[a-z]?)[.)]?\s+(\S.*)$/;

function sectionStart(item: Item): { ref: string; title: string; numbered: boolean } | null {
  if (item.kind !== 'heading' && item.kind !== 'paragraph') return null;
  if (item.kind === 'paragraph' && item.lines.length > 2) return null;
  const match = ACTION_HEADING.exec(item.text);
  if (match?.[1]) return { ref: match[1], title: (match[2] ?? '').trim(), numbered: false };
  // "2. Create a technician web page" as a heading: a section only if fields follow (checked below).
  const numbered = item.kind === 'heading' ? NUMBERED_HEADING.exec(item.text) : null;
  if (numbered?.[1] && numbered[2]) return { ref: numbered[1], title: numbered[2].trim(), numbered: true };
  return null;
}

function hasLabelledField(r: Recognition, from: number, end: number): boolean {
  for (let i = from; i < end; i++) if (label(r.items[i]!)?.role) return true;
  return false;
}

function label(item: Item): { text: string; role: FieldRole | null; value: string | null } | null {
  if (item.kind !== 'paragraph' && item.kind !== 'heading') return null;
  const only = LABEL_ONLY.exec(item.text);
  if (only?.[1] && only[1].split(' ').length <= 8) return { text: only[1], role: fieldRole(only[1]), value: null };
  const inline = LABEL_INLINE.exec(item.text);
  if (inline?.[1] && inline[2]) {
    const role = fieldRole(inline[1]);
    if (role) return { text: inline[1], role, value: inline[2] };
  }
  return null;
}

function similar(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/[^a-z0-9 ]/g, '');
  const y = b.toLowerCase().replace(/[^a-z0-9 ]/g, '');
  if (x.includes(y) || y.includes(x)) return true;
  return levenshtein.get(x, y) / Math.max(x.length, y.length, 1) <= 0.5;
}

/** Reads one section's fields; returns the index after the last item it took. */
function readSection(r: Recognition, draft: ActionDraft, from: number, end: number, labels: Map<string, { role: string; count: number }>): number {
  let role: FieldRole | 'description' | null = draft.title ? 'description' : 'title';
  let labelText = '';
  let i = from;
  for (; i < end; i++) {
    const item = r.items[i]!;
    if (r.consumed.has(i)) continue;
    if (item.kind === 'table') {
      // A section that lays its fields out as a two-column table.
      const fields = item.table ? readFieldTable(item.table) : null;
      if (!fields) break;
      applyFields(draft, fields);
      draft.provenance.push(...positions([item]));
      consume(r, i);
      continue;
    }
    if (item.kind === 'symbol') break;
    const found = label(item);
    if (found) {
      role = found.role;
      labelText = found.text;
      const seen = labels.get(found.text);
      if (seen) seen.count++;
      else labels.set(found.text, { role: found.role ?? 'extra', count: 1 });
      consume(r, i);
      draft.provenance.push(...positions([item]));
      if (found.value) put(draft, role, labelText, found.value, item);
      continue;
    }
    if (role === 'theme') {
      // Themes one per line, or several on one line; anything else ends the section.
      const single = normaliseThemeLabel(item.text);
      const themes = single ? (single.kind === 'theme' ? [single.theme] : []) : themeList(item.text);
      if (!themes) break;
      for (const theme of themes) addTheme(draft, theme, 'label');
      consume(r, i);
      continue;
    }
    put(draft, role, labelText, item.text, item);
    consume(r, i);
    if (role === 'title') role = 'description';
  }
  return i;
}

function put(draft: ActionDraft, role: FieldRole | 'description' | null, labelText: string, value: string, item: Item): void {
  draft.provenance.push(...positions([item]));
  if (role === 'theme') {
    const themes = themeList(value);
    if (themes) for (const theme of themes) addTheme(draft, theme, 'label');
    else draft.extra[labelText] = value;
  } else if (role === null || role === 'ref') {
    draft.extra[labelText] = draft.extra[labelText] ? `${draft.extra[labelText]}\n${value}` : value;
  } else {
    addField(draft, role, value);
  }
}

/**
 * Per-action sections — "Action 3" followed by the title, a description and labelled fields
 * ("Success Measure:", "Commitment areas:") — merged with an overview of the same actions
 * (a numbered table or list) where the plan has one.
 */
export function recogniseActionSections(r: Recognition): void {
  const candidates = r.items.flatMap((item) => {
    const start = r.consumed.has(item.index) ? null : sectionStart(item);
    return start ? [{ item, ...start }] : [];
  });
  const starts = candidates.filter(
    (c, k) => !c.numbered || hasLabelledField(r, c.item.index + 1, candidates[k + 1]?.item.index ?? r.items.length),
  );
  if (starts.length < 2) return;
  const overview = new Map(r.drafts.filter((d) => d.draft.ref && d.layout !== 'sections').map((d) => [d.draft.ref!, d]));
  // An auto-numbered list before the sections is their overview too.
  const firstStart = starts[0]!.item.index;
  const listed = new Map<string, Item>();
  for (const item of r.items) {
    if (item.index >= firstStart || item.kind !== 'listItem' || !item.ordered || !item.marker || r.consumed.has(item.index)) continue;
    listed.set(item.marker.replace(/[.)]$/, ''), item);
  }
  let mismatches = 0;
  const labels = new Map<string, { role: string; count: number }>();
  starts.forEach((start, k) => {
    const end = starts[k + 1]?.item.index ?? r.items.length;
    const draft = newDraft({ ref: start.ref, title: start.title, provenance: positions([start.item]) });
    consume(r, start.item.index);
    readSection(r, draft, start.item.index + 1, end, labels);
    const earlier = overview.get(start.ref);
    const listItem = listed.get(start.ref);
    if (!earlier && listItem) {
      consume(r, listItem.index);
      if (!similar(listItem.text, draft.title)) mismatches++;
      if (listItem.text.toLowerCase() !== draft.title.toLowerCase()) draft.extra['overview statement'] = listItem.text;
      draft.provenance.unshift(...positions([listItem]));
    }
    if (!earlier) {
      addDraft(r, draft, 'sections', start.item.index);
      return;
    }
    const statement = earlier.draft.title;
    if (!similar(statement, draft.title)) mismatches++;
    if (statement && statement.toLowerCase() !== draft.title.toLowerCase()) draft.extra['overview statement'] = statement;
    draft.provenance.unshift(...earlier.draft.provenance);
    draft.themes.unshift(...earlier.draft.themes.filter((t) => !draft.themes.some((d) => d.theme === t.theme)));
    earlier.draft = draft;
    earlier.layout = 'sections';
  });
  const headingWord = /^\S+/.exec(starts[0]!.item.text)?.[0] ?? 'Action';
  const labelList = [...labels].map(([text, { role, count }]) => `"${text}" → ${role} (${count}×)`);
  r.diagnostics.push({
    severity: 'info',
    code: 'section-labels',
    message: `${starts.length} "${headingWord} N" sections read; labels: ${labelList.join('; ') || 'none'}`,
    at: starts[0]!.item.position,
  });
  if (mismatches > 0) {
    r.diagnostics.push({
      severity: 'warning',
      code: 'overview-mismatch',
      message: `${mismatches} action section(s) have a title unlike the overview statement with the same number; merged by number`,
      at: null,
    });
  }
}
