import type { Timeframe } from '@tc/model';
import { inlineAbbreviations } from './fields/abbreviations.ts';
import { footnoteDefinition } from './fields/footnote-marks.ts';
import { dateSpans } from './fields/date-spans.ts';
import { ACTION_HEADING } from './fields/section-heading.ts';
import { parsePeriod, parseTimeframe, type TimeContext } from './fields/timeframe.ts';
import { isHeadingLike, type Item } from './items.ts';
import { readInstitution } from './context/institution.ts';

/** What the plan says about itself, read before its actions: title, period, key, footnotes. */
export interface PlanContext extends TimeContext {
  title: string | null;
  titleItem: number | null;
  institution: string | null;
  periodInfo: Timeframe | null;
  glossary: Array<{ term: string; expansion: string }>;
  /** term, and any abbreviation in brackets inside it, → expansion */
  lookup: Map<string, string>;
  footnotes: Array<{ mark: string; text: string }>;
  /** items wholly taken up by the key and footnote definitions */
  consumed: Set<number>;
}

const KEY_ENTRY = /^([^=]{1,60}?)\s*=\s*(.+)$/;
/** A page header or footer, as the context reads it (a LayoutDocument's `furniture` will do). */
export interface FurnitureText {
  text: string;
}

/** How many blocks from the top the institution is looked for when the title and furniture name none. */
const EARLY_ITEMS = 15;
/** A header or footer line that states the plan's period names the plan ("Action Plan 2024–2027"). */
const ABOUT_THE_PLAN = /\b(?:plan|period|programme|strategy)\b/i;

/**
 * Reads the title, institution, period, key (glossary and phases) and footnote definitions.
 * `furniture` (page headers and footers) is evidence for the institution and, when the title states
 * none, the period.
 */
export function readContext(items: readonly Item[], furniture: readonly FurnitureText[] = []): PlanContext {
  const consumed = new Set<number>();
  const glossary: Array<{ term: string; expansion: string }> = [];
  const lookup = new Map<string, string>();
  const footnotes: Array<{ mark: string; text: string }> = [];
  const phases = new Map<string, { start: string; end: string }>();

  const addTerm = (term: string, expansion: string): void => {
    if (!glossary.some((g) => g.term === term && g.expansion === expansion)) glossary.push({ term, expansion });
    if (!lookup.has(term)) lookup.set(term, expansion);
    const alias = /\(([A-Za-z0-9]{1,8})\)/.exec(term)?.[1];
    if (alias && !lookup.has(alias)) lookup.set(alias, expansion);
  };

  for (const item of items) {
    if (item.kind !== 'paragraph' && item.kind !== 'listItem') continue;
    const entries = item.lines.map((line) => ({ line, key: KEY_ENTRY.exec(line), note: footnoteDefinition(line) }));
    const allKeyLines = entries.length > 0 && entries.every((e) => (e.key && looksLikeTerm(e.key[1] ?? '')) || e.note);
    if (!allKeyLines) continue;
    for (const entry of entries) {
      if (entry.note) {
        footnotes.push(entry.note);
      } else if (entry.key?.[1] && entry.key[2]) {
        const term = entry.key[1].trim();
        const expansion = entry.key[2].trim();
        addTerm(term, expansion);
        const alias = /\(([A-Z]{1,3}\d{1,2})\)/.exec(term)?.[1] ?? (/^[A-Z]{1,3}\d{1,2}$/.test(term) ? term : null);
        const range = alias ? parseTimeframe(expansion, { period: null, phases: new Map() }) : null;
        if (alias && range && monthsCount(expansion) >= 2 && range.start && range.end) phases.set(alias, { start: range.start, end: range.end });
      }
    }
    consumed.add(item.index);
  }

  // Abbreviations defined in running text add to the key, without taking the paragraph.
  for (const item of items) {
    if (item.kind === 'table') continue;
    for (const { term, expansion } of inlineAbbreviations(item.text)) if (!lookup.has(term)) addTerm(term, expansion);
  }

  const first = items.find((item) => !consumed.has(item.index) && (item.kind === 'heading' || item.kind === 'paragraph'));
  const titleItem = first && isHeadingLike(first) && first.text.split(' ').length <= 25 && !ACTION_HEADING.test(first.text) ? first : null;
  const title = titleItem?.text ?? null;
  const furnitureLines = [...new Set(furniture.map((f) => f.text.replace(/\s+/g, ' ').trim()))].filter((t) => t.length > 0);
  const early = items
    .slice(0, EARLY_ITEMS)
    .filter((item) => item !== titleItem && (item.kind === 'heading' || item.kind === 'paragraph' || item.kind === 'listItem'))
    .map((item) => item.text);
  const institution = readInstitution({ title, furniture: furnitureLines, early });

  const periodRaw = title ? parsePeriod(title) : null;
  let period: Timeframe | null = periodRaw ? { ...periodRaw, ongoing: false } : null;
  if (!period) period = periodFromFurniture(furnitureLines);
  if (!period && phases.size > 0) {
    const ranges = [...phases.values()];
    const start = ranges.map((r) => r.start).sort()[0] ?? null;
    const end = ranges.map((r) => r.end).sort().at(-1) ?? null;
    period = { raw: [...phases.keys()].join(', '), start, end, ongoing: false };
  }

  return {
    title,
    titleItem: titleItem?.index ?? null,
    institution,
    periodInfo: period,
    period: period ? { start: period.start, end: period.end } : null,
    phases,
    glossary,
    lookup,
    footnotes,
    consumed,
  };
}

/** "Marrowdale University – Action Plan 2024–2027" in a running header: a full range, on a line about the plan. */
function periodFromFurniture(lines: readonly string[]): Timeframe | null {
  for (const line of lines) {
    if (line.length > 200 || !ABOUT_THE_PLAN.test(line)) continue;
    const found = parsePeriod(line);
    if (found?.start && found.end) return { ...found, ongoing: false };
  }
  return null;
}

function looksLikeTerm(term: string): boolean {
  const words = term.trim().split(/\s+/);
  return words.length <= 6 && /[A-Z]{2}|[A-Z][a-z]*[A-Z]|\b[A-Z]\d/.test(term);
}

function monthsCount(text: string): number {
  return dateSpans(text).filter((span) => !span.period).length;
}
