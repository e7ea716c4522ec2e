import { mkdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import {
  buildComparison,
  CLUSTER_COLUMNS,
  INSTITUTION_COLUMNS,
  parseInstitutionMap,
  renderReport,
  renderTable,
  THEME_COLUMNS,
  themeRows,
  TOPIC_COLUMNS,
  topicRows,
  type Comparison,
  type InstitutionRule,
  type Place,
} from '@tc/compare';
import { TC_ERROR_CODES, TcError } from '@tc/model';
import type { CommandContext } from '../command-spec.ts';
import { loadCompareInputs } from '../compare/load-compare-inputs.ts';
import { writeAtomic } from '../normalise/atomic-write.ts';
import { toCsv } from '../normalise/csv.ts';
import { intOption } from '../options.ts';

const FORMATS = ['table', 'csv', 'json'] as const;

/** `tc compare PATH... [--out DIR] [--format table|csv|json] [--institutions map.csv]`. */
export async function run(context: CommandContext): Promise<number> {
  const format = context.values.format ?? 'table';
  if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) {
    throw new TcError('TC_USAGE', `--format takes ${FORMATS.join(', ')}, not "${String(format)}".`);
  }
  const out = typeof context.values.out === 'string' ? context.values.out : null;
  const rules = await institutionRules(context.values.institutions);
  const { inputs, skipped } = await loadCompareInputs(context.positionals, { classify: context.values['no-classify'] !== true }, out);
  if (inputs.length === 0) {
    const first = skipped[0];
    const code = TC_ERROR_CODES.find((c) => c === first?.code) ?? 'TC_IO';
    throw new TcError(code, first?.message ?? 'No plans to compare.');
  }
  for (const s of skipped) context.io.stderr.write(`tc: ${s.file}: ${s.code}: ${s.message}\n`);
  const comparison = buildComparison(inputs, { institutions: rules, skipped });
  if (out !== null) await writeOutputs(out, comparison);
  context.io.stdout.write(render(comparison, format, terminalWidth(context)));
  return skipped.length > 0 ? 2 : 0;
}

async function institutionRules(path: string | boolean | undefined): Promise<InstitutionRule[]> {
  if (typeof path !== 'string') return [];
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new TcError('TC_IO', `Cannot read ${path}.`, { cause: error });
  });
  return parseInstitutionMap(text, path);
}

function render(comparison: Comparison, format: string, width: number): string {
  if (format === 'json') return `${JSON.stringify(comparison, null, 2)}\n`;
  if (format === 'csv') return toCsv(INSTITUTION_COLUMNS, comparison.institutions);
  return renderTable(comparison, width);
}

/** The files `--out DIR` gets; see docs/cli.md. */
async function writeOutputs(out: string, comparison: Comparison): Promise<void> {
  await mkdir(join(out, 'charts'), { recursive: true });
  const report = await renderReport(comparison, { href: (place) => linkFrom(out, place) });
  await Promise.all([
    writeAtomic(join(out, 'report.html'), report.html),
    ...report.charts.map((c) => writeAtomic(join(out, 'charts', `${c.name}.vl.json`), `${JSON.stringify(c.spec, null, 2)}\n`)),
    writeAtomic(join(out, 'compare.json'), `${JSON.stringify(comparison, null, 2)}\n`),
    writeAtomic(join(out, 'institutions.csv'), toCsv(INSTITUTION_COLUMNS, comparison.institutions)),
    writeAtomic(join(out, 'themes.csv'), toCsv(THEME_COLUMNS, themeRows(comparison))),
    writeAtomic(join(out, 'topics.csv'), toCsv(TOPIC_COLUMNS, topicRows(comparison))),
    writeAtomic(join(out, 'clusters.csv'), toCsv(CLUSTER_COLUMNS, comparison.clusters)),
  ]);
}

// report.html links each action to its plan file relative to the report, so the folder can move.
function linkFrom(out: string, place: Place): string {
  const path = relative(resolve(out), resolve(place.file)).split(sep).map(encodeURIComponent).join('/');
  return place.kind === 'page' ? `${path}#page=${place.at}` : path;
}

function terminalWidth(context: CommandContext): number {
  if (context.values.width !== undefined) return intOption(context, 'width', 80);
  const columns = context.io.stdout.columns ?? Number(context.io.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}
