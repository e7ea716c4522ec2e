import type { Timeframe } from '@tc/model';
import { dateSpans } from './date-spans.ts';
import { addMonths, maxYm, minYm } from './months.ts';

/** What a timeframe can be resolved against: the plan period and the plan's own key of phases. */
export interface TimeContext {
  period: { start: string | null; end: string | null } | null;
  /** "P1" → its months, from a key such as "Stage 2 (S2) = Apr 25 to Mar 26" */
  phases: ReadonlyMap<string, { start: string; end: string }>;
}

const ONGOING =
  /\bon-?\s?going\b|\bcontinuous(?:ly)?\b|\bcontinuing\b|\brolling\b|\bannual(?:ly)?\b|\byearly\b|\bevery (?:year|term|month)\b|\b(?:termly|monthly|quarterly|regularly)\b/i;
const START_WORDS = /\b(?:started|starting|start|from|since|commenc\w*|began|begin(?:ning)?)\s*(?:in\s+)?$/i;
const DEADLINE_WORDS = /\b(?:by|before|until|end of|no later than|deadline)\s*(?:the\s+)?(?:end of\s+)?$/i;
const RANGE_SEPARATOR = /^\s*(?:to|until|till|through|-|–|—)\s*$/i;
const YEAR_LIST = /\byears?\s*((?:\d\s*[/,&+-]?\s*(?:and\s*)?)+)/gi;
// "Y1", "Yr2", "Y1-3": plan years in short.
const YEAR_CODES = /\bYr?s?\s?(\d)(?:\s*[-–/&]\s*(?:Yr?s?\s?)?(\d))?\b/g;

/**
 * Resolves a printed timeframe to start and end months where the text allows: month names,
 * "Year 2/3" against the plan period, phase codes against the plan's key, "On-going". A single date
 * reads as a deadline (end); "Started May 2022" as a start; "X to Y" as a range.
 */
export function parseTimeframe(raw: string, context: TimeContext): Timeframe | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length === 0) return null;
  let start: string | null = null;
  let end: string | null = null;

  const spans = dateSpans(text);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const next = spans[i + 1];
    const before = text.slice(Math.max(0, span.index - 24), span.index);
    if (next && RANGE_SEPARATOR.test(text.slice(span.end, next.index))) {
      start = minYm(start, span.from);
      end = maxYm(end, next.to);
      i++;
    } else if (START_WORDS.test(before)) {
      start = minYm(start, span.from);
    } else if (span.period && !DEADLINE_WORDS.test(before)) {
      start = minYm(start, span.from);
      end = maxYm(end, span.to);
    } else {
      end = maxYm(end, span.to);
    }
  }

  const periodStart = context.period?.start ?? null;
  if (periodStart) {
    for (const match of text.matchAll(YEAR_LIST)) {
      const years = (match[1] ?? '').match(/\d/g)?.map(Number).filter((n) => n >= 1 && n <= 9) ?? [];
      if (years.length === 0) continue;
      start = minYm(start, addMonths(periodStart, (Math.min(...years) - 1) * 12));
      end = maxYm(end, addMonths(periodStart, Math.max(...years) * 12 - 1));
    }
    for (const match of text.matchAll(YEAR_CODES)) {
      const from = Number(match[1]);
      const to = match[2] ? Number(match[2]) : from;
      if (from < 1 || to < from) continue;
      start = minYm(start, addMonths(periodStart, (from - 1) * 12));
      end = maxYm(end, addMonths(periodStart, to * 12 - 1));
    }
  }

  if (context.phases.size > 0) {
    for (const match of text.matchAll(/\b([A-Z]{1,3})\s?(\d{1,2})(?:\s*[-–]\s*(?:\1\s?)?(\d{1,2}))?\b/g)) {
      const prefix = match[1] ?? '';
      const from = Number(match[2]);
      const to = match[3] ? Number(match[3]) : from;
      for (let n = Math.min(from, to); n <= Math.max(from, to); n++) {
        const phase = context.phases.get(`${prefix}${n}`);
        if (!phase) continue;
        start = minYm(start, phase.start);
        end = maxYm(end, phase.end);
      }
    }
  }

  return { raw: text, start, end, ongoing: ONGOING.test(text) };
}

/** Reads a plan period from a title such as "… ACTION PLAN: APRIL 2022 TO MARCH 2025" or "Two Year Action Plan September 2023". */
export function parsePeriod(text: string): { raw: string; start: string | null; end: string | null } | null {
  // "2021/23" spans three calendar years ("2024/25", consecutive, is an academic year: see dateSpans).
  const shortRange = /\b((?:19|20)\d{2})\s*[/–-]\s*(\d{2})\b(?![/.]\d)/.exec(text);
  if (shortRange?.[1] && shortRange[2] && (Number(shortRange[1]) + 1) % 100 !== Number(shortRange[2])) {
    return { raw: shortRange[0], start: `${shortRange[1]}-01`, end: `${shortRange[1].slice(0, 2)}${shortRange[2]}-12` };
  }
  const spans = dateSpans(text);
  const first = spans[0];
  if (!first) return null;
  const second = spans[1];
  if (second && RANGE_SEPARATOR.test(text.slice(first.end, second.index))) {
    return { raw: text.slice(first.index, second.end), start: first.from, end: second.to };
  }
  const length = /\b(\d{1,2}|one|two|three|four|five)[\s-]+years?\b/i.exec(text);
  if (length?.[1]) {
    const words = ['one', 'two', 'three', 'four', 'five'];
    const years = /^\d+$/.test(length[1]) ? Number(length[1]) : words.indexOf(length[1].toLowerCase()) + 1;
    const raw = text.slice(Math.min(length.index, first.index), Math.max(length.index + length[0].length, first.end));
    return { raw, start: first.from, end: addMonths(first.from, years * 12 - 1) };
  }
  return { raw: text.slice(first.index, first.end), start: first.from, end: first.period ? first.to : null };
}
