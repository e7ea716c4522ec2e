import { THEME_IDS } from '@tc/model';
import type { Comparison, Place } from '../comparison.ts';
import { chartSpecs, type ChartSpec } from './chart-specs.ts';
import { dataTable, escapeHtml, type Cell } from './html.ts';
import { renderSvg } from './render-svg.ts';
import { REPORT_STYLE } from './report-style.ts';
import { TABLE_SCRIPT } from './table-script.ts';

/** How to build the report. */
export interface ReportOptions {
  /** The link of an action's place, relative to where report.html is written. Default: the file as given, `#page=N` for a PDF page. */
  href?: (place: Place) => string;
  title?: string;
}

/** The report page and the chart specs it was drawn from. */
export interface Report {
  html: string;
  charts: Array<{ name: string; spec: Record<string, unknown> }>;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const THEME_NAMES = ['Visibility', 'Recognition', 'Career development', 'Sustainability'];

/**
 * Builds report.html: one self-contained page (inline CSS, inline SVG charts rendered from Vega-Lite
 * at build time, one small inline script for sorting and filtering; nothing fetched) showing
 * everything in the comparison, every action linked to its plan file and place.
 */
export async function renderReport(comparison: Comparison, options: ReportOptions = {}): Promise<Report> {
  const href = options.href ?? defaultHref;
  const title = options.title ?? 'Technician Commitment action plans compared';
  const charts = chartSpecs(comparison);
  const svgs = await Promise.all(charts.map((c) => renderSvg(c.spec)));
  const topicName = new Map(comparison.topics.map((t) => [t.topic, t.name]));
  const t = comparison.totals;
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p class="totals">${t.institutions} institutions, ${t.plans} plans (${t.files} files read), ${t.actions} actions${t.periods.length ? `; periods ${escapeHtml(t.periods.join(', '))}` : ''}.</p>`,
    `<nav><a href="#overview">Overview</a> · <a href="#theme-balance">Themes</a> · <a href="#topic-coverage">Topics</a> · <a href="#common">Common actions</a> · <a href="#distinctive">Distinctive actions</a> · <a href="#gaps">Gaps</a> · <a href="#timeline">Timeline</a> · <a href="#actions">All actions</a></nav></header>`,
    '<main>',
    section('overview', 'Overview', [
      comparison.notes.length ? `<ul class="notes">${comparison.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '',
      comparison.skipped.length ? `<p>Not read: ${comparison.skipped.map((s) => `${escapeHtml(s.file)} (${escapeHtml(s.code)})`).join(', ')}.</p>` : '',
      dataTable(
        'institutions',
        'Per institution: actions, share per theme, unthemed, completeness, recognition confidence',
        ['institution', 'plans', 'periods', 'actions', ...THEME_NAMES, 'no theme', 'owner', 'timeframe', 'success measure', 'distinctive', 'confidence'],
        comparison.institutions.map((i) => [
          i.institution,
          i.plans.length,
          i.periods.join('; '),
          i.actions,
          ...THEME_IDS.map((th) => pct(i.themes[th]!.share)),
          pct(i.unthemed.share),
          pct(i.owner.share),
          pct(i.timeframe.share),
          pct(i.successMeasure.share),
          i.distinctive,
          i.confidence,
        ]),
        true,
      ),
      dataTable(
        'plans',
        'Plans counted, and the files read as each (renditions of one plan count once)',
        ['plan', 'institution', 'named by', 'period', 'file counted', 'also read as', 'merged by', 'layout', 'actions', 'confidence'],
        comparison.plans.map((p) => [
          p.id,
          p.institution,
          p.institutionFrom,
          p.period?.raw ?? '',
          p.file,
          p.files.slice(1).join('; '),
          p.mergedBy.join(', '),
          p.layout,
          p.actions,
          p.confidence,
        ]),
      ),
    ]),
    chartSection(charts[0]!, svgs[0]!),
    chartSection(charts[1]!, svgs[1]!),
    section('common', 'Common actions', [
      `<p>Clusters of similar actions of two or more institutions (docs/compare.md: TF-IDF cosine ≥ 0.35, near-duplicates by edit distance). ${comparison.clusters.length} clusters.</p>`,
      dataTable(
        'clusters',
        'Clusters of similar actions across institutions',
        ['representative action', 'institutions', 'which', 'actions', 'similarity'],
        comparison.clusters.map((c) => [
          c.title,
          c.institutions.length,
          c.institutions.join('; '),
          { html: c.actions.map((a) => `${escapeHtml(a.institution)}: ${escapeHtml(a.title)}`).join('<br>'), sort: c.actions.length },
          c.meanSimilarity,
        ]),
        true,
      ),
    ]),
    section('distinctive', 'Distinctive actions', [
      '<p>Actions no other institution has a similar one of.</p>',
      dataTable(
        'distinctive-actions',
        'Actions only one institution has',
        ['institution', 'action', 'place'],
        comparison.actions.filter((a) => a.cluster === null).map((a) => [a.institution, a.title, placeCell(a.place, href)]),
        true,
      ),
    ]),
    section('gaps', 'Gaps', [
      '<p>Themes and topics at least half of the other institutions have an action on, that the institution has none on; most covered first.</p>',
      dataTable(
        'gap-table',
        'Gaps per institution',
        ['institution', 'themes', 'topics'],
        comparison.institutions.map((i) => [i.institution, i.gaps.themes.join(', ') || '—', i.gaps.topics.map((x) => topicName.get(x) ?? x).join(', ') || '—']),
      ),
    ]),
    chartSection(charts[2]!, svgs[2]!),
    section('actions', 'All actions', [
      dataTable(
        'all-actions',
        'Every counted action, with its plan file and place',
        ['institution', 'ref', 'action', 'themes', 'topics', 'timeframe', 'owners', 'success measures', 'common', 'place'],
        comparison.actions.map((a): Cell[] => [
          a.institution,
          a.ref ?? '',
          a.title,
          a.themes.join(', '),
          a.topics.map((x) => topicName.get(x) ?? x).join(', '),
          a.timeframe?.raw ?? '',
          a.owners,
          a.successMeasures,
          a.cluster ?? '',
          placeCell(a.place, href),
        ]),
        true,
      ),
    ]),
    '</main>',
  ];
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${REPORT_STYLE}</style></head>
<body>${body.join('\n')}<script>${TABLE_SCRIPT}</script></body></html>
`;
  return { html, charts: charts.map((c) => ({ name: c.name, spec: c.spec })) };
}

function section(id: string, heading: string, parts: string[]): string {
  return `<section id="${id}"><h2>${escapeHtml(heading)}</h2>${parts.join('')}</section>`;
}

function chartSection(chart: ChartSpec, svg: string): string {
  const labelled = svg.replace(/^<svg /, `<svg role="img" aria-labelledby="${chart.name}-title ${chart.name}-desc" `);
  return section(chart.name, chart.title, [
    `<div class="chart-row"><figure class="chart" data-chart="${chart.name}"><figcaption><span id="${chart.name}-title">${escapeHtml(chart.title)}</span><br><span id="${chart.name}-desc" class="alt">${escapeHtml(chart.description)}</span></figcaption>${labelled}</figure>`,
    `<div class="chart-data">${dataTable(`${chart.name}-data`, `Data of: ${chart.title}`, chart.table.columns, chart.table.rows)}</div></div>`,
  ]);
}

function placeCell(place: Place, href: (p: Place) => string): Cell {
  const where = place.kind === null ? 'file' : `${place.kind} ${place.at}`;
  return { html: `<a href="${escapeHtml(href(place))}">${escapeHtml(place.file)}</a> <span class="place">${escapeHtml(where)}</span>`, sort: `${place.file} ${String(place.at ?? 0).padStart(6, '0')}` };
}

function defaultHref(place: Place): string {
  const path = place.file.split('/').map(encodeURIComponent).join('/');
  return place.kind === 'page' ? `${path}#page=${place.at}` : path;
}
