import { parse } from 'csv-parse/sync';
import { TcError, type Timeframe } from '@tc/model';

/** One row of an `--institutions` map: files whose path matches `pattern` are this institution's plan. */
export interface InstitutionRule {
  pattern: string;
  institution: string;
  period: Timeframe | null;
}

const HEADER = ['pattern', 'institution', 'period'];

/**
 * Reads an institutions map: CSV with the header `pattern,institution,period` (period may be
 * empty). A pattern is a path glob (`*` within a folder, `**` across folders, `?` one character).
 */
export function parseInstitutionMap(text: string, name = 'institutions map'): InstitutionRule[] {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (error) {
    throw new TcError('TC_USAGE', `${name} is not valid CSV: ${(error as Error).message}`, { cause: error });
  }
  const header = (rows.shift() ?? []).map((cell) => cell.toLowerCase());
  if (header[0] !== HEADER[0] || header[1] !== HEADER[1]) {
    throw new TcError('TC_USAGE', `${name} must start with the header row "${HEADER.join(',')}".`);
  }
  return rows.map((row, index) => {
    const [pattern = '', institution = '', period = ''] = row;
    if (pattern === '' || institution === '') throw new TcError('TC_USAGE', `${name} row ${index + 2} needs a pattern and an institution.`);
    return { pattern, institution, period: period === '' ? null : parsePeriod(period) };
  });
}

const YEARS = /^(\d{4})(?:-(0[1-9]|1[0-2]))?(?:\s*(?:-|–|to)\s*(\d{4})(?:-(0[1-9]|1[0-2]))?)?$/i;

/** A period as written in the map: `2021-2023`, `2021-01 to 2023-06`, `2024`; anything else is kept as written. */
export function parsePeriod(raw: string): Timeframe {
  const match = YEARS.exec(raw.trim());
  if (!match) return { raw, start: null, end: null, ongoing: false };
  const [, y1, m1, y2, m2] = match;
  const endYear = y2 ?? y1!;
  return { raw, start: `${y1}-${m1 ?? '01'}`, end: `${endYear}-${m2 ?? '12'}`, ongoing: false };
}

/** The first rule whose pattern matches the whole path, or a tail of it that starts after a `/`. */
export function matchInstitution(rules: readonly InstitutionRule[], path: string): InstitutionRule | null {
  const file = path.replaceAll('\\', '/');
  return rules.find((rule) => globRegExp(rule.pattern).test(file)) ?? null;
}

function globRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
      if (pattern[i + 1] === '/') i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`(?:^|/)${source}$`);
}
