import type { Action, Plan, Provenance } from '@tc/model';

/** Fills the table body with one row per action; `onPick` hears which action's source to show. */
export function fillActions(body: HTMLTableSectionElement, plan: Plan, onPick: (action: Action, row: HTMLTableRowElement) => void): void {
  body.replaceChildren();
  for (const action of plan.actions) {
    const row = body.insertRow();
    row.dataset.id = action.id;
    cell(row, action.ref ?? '');
    cell(row, action.title).className = 'title';
    cell(row, action.themes.map((t) => `${t.theme} (${t.source}${t.source === 'classifier' ? ` ${t.confidence.toFixed(2)}` : ''})`).join(', '));
    cell(row, action.timeframe?.raw ?? '');
    cell(row, action.owners.map((o) => o.name ?? o.raw).join('; '));
    const from = cell(row, '');
    if (action.provenance.length > 0) {
      const link = document.createElement('a');
      link.href = `#${encodeURIComponent(action.id)}`;
      link.className = 'from';
      link.textContent = place(action.provenance[0]!);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        onPick(action, row);
      });
      from.append(link);
    }
  }
}

function cell(row: HTMLTableRowElement, text: string): HTMLTableCellElement {
  const td = row.insertCell();
  td.textContent = text;
  return td;
}

function place(at: Provenance): string {
  if (at.kind === 'pdf') return `page ${at.page}`;
  if (at.kind === 'text') return `line ${at.start.line}`;
  return at.row === undefined ? `block ${at.block}` : `block ${at.block}, row ${at.row}`;
}
