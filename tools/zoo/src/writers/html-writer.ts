// The HTML rendering of a zoo document, the page Chromium prints to PDF: semantic headings, lists
// with their markers as text (so every style prints the same numbers as the other writers), tables
// ruled or not with rotated headers, landscape pages, and a running header and footer.
import { type Inline, type ZooBlock, type ZooCell, type ZooDocument, type ZooList, type ZooTable } from '../zoo-doc.ts';
import { ListCounter, markerText } from './list-markers.ts';
import { sectionRuns } from './section-runs.ts';
import { tickCharForWeb } from './tick-text.ts';

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function inlineHtml(runs: readonly Inline[]): string {
  return runs
    .map((r) => {
      if (typeof r === 'string') return escapeHtml(r);
      let t = escapeHtml(r.text);
      if (r.italic) t = `<em>${t}</em>`;
      if (r.bold) t = `<strong>${t}</strong>`;
      return t;
    })
    .join('');
}

const STYLE = `
@page { size: A4; margin: 22mm 20mm; }
@page wide { size: A4 landscape; }
.landscape { page: wide; }
body { font-family: 'Liberation Sans', Arial, 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.3; margin: 0; }
h1 { font-size: 17pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; }
p { margin: 0 0 6pt; }
ol.zoo, ul.zoo { list-style: none; padding: 0; margin: 0 0 6pt; }
li { display: flex; gap: 0.4em; margin: 0 0 2pt; }
li > .mk { flex: none; text-align: right; }
li > .body > p { margin: 0 0 2pt; }
table { border-collapse: collapse; width: 100%; margin: 0 0 8pt; }
th, td { vertical-align: top; text-align: left; padding: 2pt 4pt; }
table.ruled th, table.ruled td { border: 0.75pt solid #000; }
table.ruled th { background: #d9d9d9; }
th.rot { vertical-align: bottom; text-align: center; }
th.rot > span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
td.tick { text-align: center; vertical-align: middle; font-family: 'DejaVu Sans', sans-serif; }
td ul { margin: 0; padding-left: 1.2em; }
.break { break-after: page; }
`;

function listHtml(list: ZooList, counter: ListCounter): string {
  const first = list.ordered ? counter.first(list) : 0;
  const markers = list.items.map((_, i) => (list.ordered ? markerText(first + i, list.style) : (list.bullet ?? '•')));
  const width = Math.max(1, ...markers.map((m) => m.length)) * 0.55 + 0.3;
  const items = list.items.map((item, i) => {
    const paragraphs = item.paragraphs.map((p) => `<p>${inlineHtml(p)}</p>`).join('');
    const children = (item.children ?? []).map((c) => blockHtml(c, counter)).join('\n');
    return `<li><span class="mk" style="width:${width.toFixed(2)}em">${escapeHtml(markers[i]!)}</span><div class="body">${paragraphs}${children}</div></li>`;
  });
  const tag = list.ordered ? 'ol' : 'ul';
  return `<${tag} class="zoo">\n${items.join('\n')}\n</${tag}>`;
}

function cellHtml(cell: ZooCell, tag: 'th' | 'td'): string {
  const attrs: string[] = [];
  if ((cell.rowSpan ?? 1) > 1) attrs.push(`rowspan="${cell.rowSpan}"`);
  if ((cell.colSpan ?? 1) > 1) attrs.push(`colspan="${cell.colSpan}"`);
  const classes = [cell.rotated ? 'rot' : '', cell.tick ? 'tick' : ''].filter(Boolean);
  if (classes.length > 0) attrs.push(`class="${classes.join(' ')}"`);
  let inner = cell.paragraphs.map((p) => inlineHtml(p)).join('<br>');
  if (cell.rotated) inner = `<span>${inner}</span>`;
  if (cell.bullets?.length) inner += `<ul>${cell.bullets.map((b) => `<li>${escapeHtml(b)}</li>`).join('')}</ul>`;
  if (cell.tick) inner += escapeHtml(tickCharForWeb(cell.tick));
  return `<${tag}${attrs.length > 0 ? ` ${attrs.join(' ')}` : ''}>${inner}</${tag}>`;
}

function tableHtml(table: ZooTable): string {
  const head = table.header.map((row) => `<tr>${row.map((c) => cellHtml(c, 'th')).join('')}</tr>`).join('\n');
  const body = table.rows.map((row) => `<tr>${row.map((c) => cellHtml(c, 'td')).join('')}</tr>`).join('\n');
  return `<table${table.ruled ? ' class="ruled"' : ''}>\n<thead>\n${head}\n</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function blockHtml(block: ZooBlock, counter: ListCounter): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph': {
      const style = block.indent ? ` style="margin-left:${(block.indent * 0.5).toFixed(1)}em"` : '';
      if (block.lines && block.lines.length > 1) return `<p${style}>${block.lines.map((l) => inlineHtml(l)).join('<br>')}</p>`;
      const runs = block.runs.length > 0 ? block.runs : (block.lines ?? []).flatMap((l, i) => (i > 0 ? [' ', ...l] : l));
      return `<p${style}>${inlineHtml(runs)}</p>`;
    }
    case 'list':
      return listHtml(block, counter);
    case 'table':
      return tableHtml(block);
    case 'pageBreak':
      return '<div class="break"></div>';
  }
}

/** Running header and footer as CSS page-margin boxes, printed on every page. */
function marginBoxes(doc: ZooDocument): string {
  const quote = (s: string): string => `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  const boxes: string[] = [];
  if (doc.header) boxes.push(`@top-left { content: ${quote(doc.header)}; font: 8pt 'Liberation Sans', Arial, sans-serif; }`);
  if (doc.footer) boxes.push(`@bottom-left { content: ${quote(doc.footer)}; font: 8pt 'Liberation Sans', Arial, sans-serif; }`);
  return boxes.length > 0 ? `@page { ${boxes.join(' ')} }\n@page wide { ${boxes.join(' ')} }` : '';
}

/** The document as a standalone HTML page. */
export function writeHtml(doc: ZooDocument): string {
  const counter = new ListCounter();
  const sections = sectionRuns(doc.blocks).map((run) => {
    const body = run.blocks.map((b) => blockHtml(b, counter)).join('\n');
    return run.landscape ? `<section class="landscape">\n${body}\n</section>` : `<section>\n${body}\n</section>`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}${marginBoxes(doc)}\n</style>`,
    '</head>',
    '<body>',
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

