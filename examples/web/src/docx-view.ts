// A Word action's source: the document's blocks as @tc/docx reads them, the action's block, row or
// cell outlined. A .docx has no pages; its provenance is structural (part, block, row, cell).
import { parseDocx } from '@tc/docx';
import type { BlockNode, Provenance, TableNode } from '@tc/model';
import type { SourceView } from './source-view.ts';

type DocxAt = Extract<Provenance, { kind: 'docx' }>;

export async function docxView(bytes: Uint8Array, container: HTMLElement): Promise<SourceView> {
  const doc = await parseDocx(bytes);
  const root = document.createElement('div');
  root.className = 'docx';
  doc.children.forEach((node) => root.append(blockElement(node)));
  return {
    title: (at) => {
      const p = at[0] as DocxAt | undefined;
      if (!p) return 'document';
      return [`${p.part}, block ${p.block}`, p.row === undefined ? '' : `row ${p.row}`, p.cell === undefined ? '' : `cell ${p.cell}`].filter(Boolean).join(', ');
    },
    async show(at) {
      if (!container.contains(root)) container.replaceChildren(root);
      root.querySelectorAll('.hit').forEach((e) => e.classList.remove('hit'));
      for (const p of at) {
        if (p.kind !== 'docx') continue;
        const selector = [`[data-part="${CSS.escape(p.part)}"][data-block="${p.block}"]`, p.row === undefined ? '' : ` [data-row="${p.row}"]`, p.cell === undefined ? '' : ` [data-cell="${p.cell}"]`].join('');
        root.querySelector(selector)?.classList.add('hit');
      }
      root.querySelector('.hit')?.scrollIntoView({ block: 'center' });
    },
    dispose() {},
  };
}

function blockElement(node: BlockNode): HTMLElement {
  const element = node.type === 'table' ? tableElement(node) : document.createElement(node.type === 'heading' ? 'h3' : 'p');
  if (node.type === 'heading' || node.type === 'paragraph') element.textContent = node.text;
  if (node.type === 'list') element.textContent = node.children.map((item) => `${item.marker ?? '•'} ${item.children.map(text).join(' ')}`).join('\n');
  if (node.type === 'symbol') element.textContent = node.raw;
  element.classList.add('block');
  if (node.position?.kind === 'docx') {
    element.dataset.part = node.position.part;
    element.dataset.block = String(node.position.block);
  }
  return element;
}

function tableElement(node: TableNode): HTMLElement {
  const table = document.createElement('table');
  node.rows.forEach((row, r) => {
    const tr = table.insertRow();
    tr.dataset.row = String(row.position?.kind === 'docx' ? (row.position.row ?? r) : r);
    row.cells.forEach((cell, c) => {
      if (cell.mergedFrom) return;
      const td = tr.insertCell();
      td.textContent = cell.text;
      td.colSpan = cell.colSpan;
      td.rowSpan = cell.rowSpan;
      td.dataset.cell = String(cell.position?.kind === 'docx' ? (cell.position.cell ?? c) : c);
    });
  });
  return table;
}

function text(node: BlockNode): string {
  if (node.type === 'heading' || node.type === 'paragraph') return node.text;
  if (node.type === 'symbol') return node.raw;
  if (node.type === 'list') return node.children.map((i) => i.children.map(text).join(' ')).join(' ');
  return node.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join('\n');
}
