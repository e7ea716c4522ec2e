// The demo page: a plan dropped or chosen is read by parsePlan in this page (no set-up of pdf.js,
// nothing uploaded); its actions, themes and diagnostics are listed, each action linked to where
// it came from in the document.
import { isTcError, parsePlan, type Plan } from '@tc/parse';
import { fillActions } from './actions-table.ts';
import type { SourceView } from './source-view.ts';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const status = $<HTMLParagraphElement>('#status');
const source = $<HTMLDivElement>('#source');
let view: SourceView | null = null;
// Knobs for trying pdf.js's fallbacks: ?pdf-worker=off reads PDFs in this thread, and
// ?pdf-worker-src=URL names another worker script (one that does not load falls back the same way).
const query = new URLSearchParams(location.search);
const pdf = {
  ...(query.get('pdf-worker') === 'off' ? { worker: false } : {}),
  ...(query.has('pdf-worker-src') ? { workerSrc: query.get('pdf-worker-src')! } : {}),
};
let runs = 0;

$<HTMLInputElement>('#file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) void read(file);
});
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
document.addEventListener('drop', (event) => {
  event.preventDefault();
  document.body.classList.remove('dragging');
  const file = event.dataTransfer?.files[0];
  if (file) void read(file);
});

function say(state: string, text: string, file?: string): void {
  status.dataset.state = state;
  status.dataset.run = String(runs);
  if (file !== undefined) status.dataset.file = file;
  status.textContent = text;
}

async function read(file: File): Promise<void> {
  runs += 1;
  view?.dispose();
  view = null;
  say('reading', `Reading ${file.name}…`, file.name);
  const started = performance.now();
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { plan } = await parsePlan(bytes, { name: file.name, pdf, onProgress: ({ stage }) => say('reading', `Reading ${file.name}: ${stage}…`) });
    status.dataset.ms = String(Math.round(performance.now() - started));
    await show(plan, bytes);
    say('done', `${file.name}: ${plan.actions.length} actions (${plan.source.format}, read as ${plan.layout}) in ${status.dataset.ms} ms.`);
  } catch (error) {
    $<HTMLElement>('#result').hidden = true;
    say('error', isTcError(error) ? `${error.code}: ${error.message}` : `Unexpected error: ${String(error)}`);
  }
}

async function show(plan: Plan, bytes: Uint8Array): Promise<void> {
  $<HTMLElement>('#result').hidden = false;
  const summary = $<HTMLElement>('#summary');
  summary.replaceChildren();
  for (const [label, value] of [
    ['Institution', plan.institution ?? '—'],
    ['Title', plan.title ?? '—'],
    ['Period', plan.period?.raw ?? '—'],
    ['Source', `${plan.source.name} (${plan.source.format}${plan.source.pages === null ? '' : `, ${plan.source.pages} pages`}), sha256 ${plan.source.sha256.slice(0, 12)}…`],
    ['Recognition', `${plan.layout}, confidence ${plan.confidence.toFixed(2)}`],
  ]) {
    const p = document.createElement('p');
    p.innerHTML = '<strong></strong> ';
    p.firstElementChild!.textContent = `${label}:`;
    p.append(value!);
    summary.append(p);
  }
  list($<HTMLUListElement>('#themes'), themeLines(plan));
  list($<HTMLUListElement>('#diagnostics'), plan.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`));
  const { offerDownloads } = await import('./downloads.ts');
  offerDownloads(plan, $<HTMLAnchorElement>('#download-json'), $<HTMLAnchorElement>('#download-csv'));
  delete source.dataset.shown;
  source.replaceChildren(Object.assign(document.createElement('p'), { className: 'hint', textContent: 'Choose an action’s “from” link to see where it came from.' }));
  $<HTMLElement>('#source-title').textContent = 'Source';
  // The source is opened on the first request only: drawing pages costs nothing until then.
  let opening: Promise<SourceView> | null = null;
  const run = runs;
  fillActions($<HTMLTableSectionElement>('#actions tbody'), plan, (action, row) => {
    document.querySelectorAll('#actions tr.selected').forEach((r) => r.classList.remove('selected'));
    row.classList.add('selected');
    opening ??= openView(plan.source.format, bytes);
    void opening.then(async (v) => {
      if (run !== runs) return v.dispose();
      view = v;
      $<HTMLElement>('#source-title').textContent = `Source: ${v.title(action.provenance)}`;
      await v.show(action.provenance);
      source.dataset.shown = action.id;
    });
  });
}

async function openView(format: Plan['source']['format'], bytes: Uint8Array): Promise<SourceView> {
  if (format === 'pdf') return (await import('./pdf-view.ts')).pdfView(bytes, source);
  if (format === 'docx') return (await import('./docx-view.ts')).docxView(bytes, source);
  return (await import('./text-view.ts')).textView(bytes, source);
}

function themeLines(plan: Plan): string[] {
  const bySource = new Map<string, Map<string, number>>();
  for (const action of plan.actions) {
    for (const t of action.themes) {
      const counts = bySource.get(t.theme) ?? new Map<string, number>();
      counts.set(t.source, (counts.get(t.source) ?? 0) + 1);
      bySource.set(t.theme, counts);
    }
  }
  const defined = new Map<string, Plan['themes'][number]>(plan.themes.map((t) => [t.theme, t]));
  const themes = [...new Set([...defined.keys(), ...bySource.keys()])];
  return themes.map((theme) => {
    const own = defined.get(theme);
    const counts = [...(bySource.get(theme) ?? new Map<string, number>())].map(([s, n]) => `${n} by ${s}`).join(', ');
    return `${own ? `${own.label} (${theme})` : theme}${own?.definition ? ` — ${own.definition}` : ''}: ${counts || 'no actions'}`;
  });
}

function list(target: HTMLUListElement, lines: string[]): void {
  target.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
}
