// Small HTML builders for the report: every text goes through escapeHtml.

/** Text safe to put in HTML content and attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A cell: plain text, or pre-built HTML with an optional sort key. */
export type Cell = string | number | { html: string; sort?: string | number };

function cell(value: Cell): string {
  if (typeof value === 'number') return `<td data-sort="${value}" class="num">${escapeHtml(value)}</td>`;
  if (typeof value === 'string') {
    const percent = /^(\d+(?:\.\d+)?)%$/.exec(value);
    return percent ? `<td data-sort="${percent[1]}" class="num">${escapeHtml(value)}</td>` : `<td>${escapeHtml(value)}</td>`;
  }
  return `<td${value.sort === undefined ? '' : ` data-sort="${escapeHtml(value.sort)}"`}>${value.html}</td>`;
}

/** A sortable table, with a filter box when `filter` is set. */
export function dataTable(id: string, caption: string, columns: readonly string[], rows: ReadonlyArray<readonly Cell[]>, filter = false): string {
  const box = filter
    ? `<p class="filter"><label>Filter <input type="search" data-filter="${id}" aria-controls="${id}"></label> <span id="${id}-count">${rows.length} shown</span></p>`
    : '';
  return `${box}<div class="scroll"><table class="data" id="${id}"><caption>${escapeHtml(caption)}</caption><thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table></div>`;
}
