// How much of a document's text the Plan keeps: the share of the layout document's word
// characters (letters and digits, markup excluded) that reappear in the Plan's strings.
import type { BlockNode, LayoutDocument, Plan } from '@tc/model';

function words(text: string): string[] {
  // Superscript footnote marks stand apart from the word they follow ("events²" is "events" + "2").
  const marks = text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (m) => ` ${m} `);
  return marks.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function blockTexts(node: BlockNode, out: string[]): void {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      out.push(node.text);
      break;
    case 'symbol':
      break;
    case 'list':
      for (const item of node.children) for (const child of item.children) blockTexts(child, out);
      break;
    case 'table':
      for (const row of node.rows) for (const cell of row.cells) if (!cell.mergedFrom) out.push(cell.text);
      break;
  }
}

function planStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) planStrings(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'source' || key === 'provenance' || key === 'at') continue;
      out.push(key);
      planStrings(v, out);
    }
  }
}

/**
 * Share (0–1) of the document's word characters found again in the plan, and the words lost.
 * Each block (paragraph, heading, cell, furniture line) is checked on its own against the plan's
 * words as a multiset, so a dropped or truncated block shows, while a label printed before every
 * action counts as kept once the plan records what it was read as.
 */
export function planCoverage(doc: LayoutDocument, plan: Plan): { share: number; missing: string[] } {
  const docTexts: string[] = [];
  for (const node of doc.children) blockTexts(node, docTexts);
  for (const f of doc.furniture) docTexts.push(f.text);
  const inPlan = new Map<string, number>();
  const texts: string[] = [];
  planStrings({ ...plan, source: undefined }, texts);
  for (const w of texts.flatMap(words)) inPlan.set(w, (inPlan.get(w) ?? 0) + 1);
  let total = 0;
  let kept = 0;
  const missing: string[] = [];
  for (const block of docTexts) {
    const used = new Map<string, number>();
    for (const w of words(block)) {
      total += w.length;
      const count = used.get(w) ?? 0;
      if (count < (inPlan.get(w) ?? 0)) {
        kept += w.length;
        used.set(w, count + 1);
      } else missing.push(w);
    }
  }
  return { share: total === 0 ? 1 : kept / total, missing };
}
