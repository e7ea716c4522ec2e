import { THEME_IDS } from '@tc/model';
import type { Comparison, InstitutionFigures } from './comparison.ts';

interface Figure {
  header: string;
  value(row: InstitutionFigures): string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const THEME_HEADERS: Record<string, string> = { visibility: 'V', recognition: 'R', 'career-development': 'CD', sustainability: 'S' };

const FIGURES: readonly Figure[] = [
  { header: 'plans', value: (r) => String(r.plans.length) },
  { header: 'actions', value: (r) => String(r.actions) },
  ...THEME_IDS.map((theme) => ({ header: THEME_HEADERS[theme]!, value: (r: InstitutionFigures) => percent(r.themes[theme]!.share) })),
  { header: 'none', value: (r) => percent(r.unthemed.share) },
  { header: 'owner', value: (r) => percent(r.owner.share) },
  { header: 'time', value: (r) => percent(r.timeframe.share) },
  { header: 'meas.', value: (r) => percent(r.successMeasure.share) },
  { header: 'conf.', value: (r) => r.confidence.toFixed(2) },
];

const LEGEND =
  'V, R, CD, S: share of actions with the visibility, recognition, career development, sustainability theme (an action may have several); none: share with no theme; owner, time, meas.: share with an owner, a timeframe, a success measure; conf.: recognition confidence (mean of the actions\', 0-1).';

const MIN_NAME = 12;
const GAP = ' ';
const NAME_GAP = '  ';

/**
 * The comparison as a terminal table, one row per institution, no line wider than `width`: the
 * institution names wrap, and when the figures alone do not fit they are split into blocks.
 */
export function renderTable(comparison: Comparison, width = 80): string {
  const rows = comparison.institutions;
  const cells = FIGURES.map((f) => rows.map((r) => f.value(r)));
  const widths = FIGURES.map((f, i) => Math.max(f.header.length, ...cells[i]!.map((c) => c.length)));
  const longestName = Math.max('institution'.length, ...rows.map((r) => r.institution.length));
  const room = Math.max(width, MIN_NAME + 10);

  const blocks: number[][] = [];
  let current: number[] = [];
  let used = MIN_NAME + NAME_GAP.length - GAP.length;
  widths.forEach((w, i) => {
    if (current.length > 0 && used + GAP.length + w > room) {
      blocks.push(current);
      current = [];
      used = MIN_NAME + NAME_GAP.length - GAP.length;
    }
    current.push(i);
    used += GAP.length + w;
  });
  if (current.length > 0) blocks.push(current);

  const t = comparison.totals;
  const out: string[] = wrapText(`${t.institutions} institutions, ${t.plans} plans (${t.files} files), ${t.actions} actions`, room);
  for (const block of blocks) {
    const figuresWidth = NAME_GAP.length - GAP.length + block.reduce((sum, i) => sum + GAP.length + widths[i]!, 0);
    const nameWidth = Math.max(MIN_NAME, Math.min(longestName, room - figuresWidth));
    const line = (name: string, values: string[]) => `${name.padEnd(nameWidth)}${NAME_GAP}${values.map((v, k) => v.padStart(widths[block[k]!]!)).join(GAP)}`.trimEnd();
    out.push('', line('institution', block.map((i) => FIGURES[i]!.header)));
    rows.forEach((row, r) => {
      const names = wrapText(row.institution, nameWidth);
      out.push(line(names[0] ?? '', block.map((i) => cells[i]![r]!)));
      for (const rest of names.slice(1)) out.push(rest);
    });
  }
  out.push('', ...wrapText(LEGEND, room));
  for (const note of comparison.notes) out.push(...wrapText(note, room));
  return `${out.join('\n')}\n`;
}

/** Words wrapped into lines of at most `width` characters; a longer word is cut. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line !== '') lines.push(line);
      // Paths break after a slash where one falls within the line.
      const slash = word.lastIndexOf('/', width - 1);
      const cut = slash > 0 ? slash + 1 : width;
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
      line = '';
    }
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
