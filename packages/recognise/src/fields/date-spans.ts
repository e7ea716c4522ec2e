import { addMonths, fullYear, monthIndex, yearMonth } from './months.ts';

/** A date as plans write it, read as the months it covers, with where it stands in the text. */
export interface DateSpan {
  from: string;
  to: string;
  /** a period in itself (a year, a quarter, an academic year), not a single month */
  period: boolean;
  index: number;
  end: number;
}

type Reader = { pattern: RegExp; read: (m: RegExpExecArray) => Omit<DateSpan, 'index' | 'end'> | null };

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const SEASON_END: Record<string, number> = { spring: 5, summer: 8, autumn: 11, fall: 11, winter: 2 };

const month = (year: number, m: number) => yearMonth(year, m);

// Most specific first: each reader masks what it takes, so later ones cannot read it again.
const READERS: readonly Reader[] = [
  {
    // 31/12/2024, 1.9.24 (day first, as in the UK)
    pattern: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g,
    read: (m) => {
      const mm = Number(m[2]);
      if (mm < 1 || mm > 12 || Number(m[1]) > 31) return null;
      const ym = month(fullYear(m[3]!), mm);
      return { from: ym, to: ym, period: false };
    },
  },
  {
    // March 2022, Feb 26, Nov-25, Sept. 2021
    pattern: new RegExp(`\\b(${MONTH})\\.?[\\s,/-]+(\\d{4}|\\d{2})\\b`, 'gi'),
    read: (m) => {
      const ym = month(fullYear(m[2]!), monthIndex(m[1]!));
      return { from: ym, to: ym, period: false };
    },
  },
  {
    // Q3 2024, Q1 24
    pattern: /\bQ([1-4])\s*(\d{4}|\d{2})\b/gi,
    read: (m) => {
      const start = month(fullYear(m[2]!), (Number(m[1]) - 1) * 3 + 1);
      return { from: start, to: addMonths(start, 2), period: true };
    },
  },
  {
    // Summer 2024: read by the season's last month
    pattern: /\b(spring|summer|autumn|fall|winter)\s+(\d{4})\b/gi,
    read: (m) => {
      const endMonth = SEASON_END[m[1]!.toLowerCase()]!;
      const year = Number(m[2]) + (endMonth === 2 ? 1 : 0);
      const to = month(year, endMonth);
      return { from: addMonths(to, -2), to, period: true };
    },
  },
  {
    // 2024/25: an academic year, August to July
    pattern: /\b((?:19|20)\d{2})\s*[/–-]\s*(\d{2})\b(?![/.]\d)/g,
    read: (m) => {
      const first = Number(m[1]);
      if ((first + 1) % 100 !== Number(m[2])) return null;
      return { from: month(first, 8), to: month(first + 1, 7), period: true };
    },
  },
  {
    // 2025: the calendar year
    pattern: /\b((?:19|20)\d{2})\b/g,
    read: (m) => ({ from: month(Number(m[1]), 1), to: month(Number(m[1]), 12), period: true }),
  },
];

/** Every date in a text, in order of position. */
export function dateSpans(text: string): DateSpan[] {
  let masked = text;
  const spans: DateSpan[] = [];
  for (const { pattern, read } of READERS) {
    for (const m of masked.matchAll(pattern)) {
      const span = read(m as RegExpExecArray);
      if (!span) continue;
      spans.push({ ...span, index: m.index, end: m.index + m[0].length });
    }
    for (const s of spans) masked = masked.slice(0, s.index) + ' '.repeat(s.end - s.index) + masked.slice(s.end);
  }
  return spans.sort((a, b) => a.index - b.index);
}
