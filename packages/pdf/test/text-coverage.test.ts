// Parser-level coverage: of the characters pdf.js reports for each fixture PDF, the layout document
// keeps at least 99 % (in its body or its furniture). The plan-level checks, that each PDF gives the
// same actions as the plan's text, are in the repository's one fixture loop (test/fixtures.test.ts).
import { readFileSync, readdirSync } from 'node:fs';
import type { LayoutDocument } from '@tc/model';
import { expect, test } from 'vitest';
import { parsePdf } from '../src/index.ts';
import { loadPdfJs } from '../src/pdfjs-node.ts';

const plans = new URL('../../../fixtures/plans/', import.meta.url);
const pdfs = readdirSync(plans, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(new URL(`${d.name}/`, plans)).filter((f) => f.endsWith('.pdf')).map((f) => `${d.name}/${f}`));

/** Share of the non-space characters pdf.js reports that the LayoutDocument keeps somewhere. */
async function coverage(bytes: Uint8Array, doc: LayoutDocument): Promise<number> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 });
  const pdf = await task.promise;
  const wanted = new Map<string, number>();
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) for (const ch of item.str.replace(/\s/g, '')) wanted.set(ch, (wanted.get(ch) ?? 0) + 1);
  }
  await task.destroy();
  const kept = new Map<string, number>();
  const json = JSON.stringify([doc.children, doc.furniture], (k, v: unknown) => (k === 'text' || k === 'lines' || k === 'position' ? undefined : v));
  const raws = [...json.matchAll(/"raw":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
  for (const raw of raws) for (const ch of raw.replace(/\s/g, '')) kept.set(ch, (kept.get(ch) ?? 0) + 1);
  let total = 0;
  let found = 0;
  for (const [ch, n] of wanted) {
    total += n;
    found += Math.min(n, kept.get(ch) ?? 0);
  }
  return total === 0 ? 1 : found / total;
}

test.each(pdfs)('%s: the layout keeps ≥ 99 %% of the characters pdf.js reads', async (file) => {
  const bytes = new Uint8Array(readFileSync(new URL(file, plans)));
  expect(await coverage(bytes, await parsePdf(bytes))).toBeGreaterThanOrEqual(0.99);
});
