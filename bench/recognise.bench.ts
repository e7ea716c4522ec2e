// Recognition alone: each fixture plan (text, Word, PDF) is parsed to a LayoutDocument once, then
// `recognisePlan(doc, source, { classify: false })` is timed call by call. The goal is ≤ 10 ms median
// per fixture plan. Parsing, the classifier and schema validation are left out (other benches time them).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { LayoutDocument, PlanSource } from '@tc/model';
import { parseDocx } from '@tc/docx';
import { parsePdf } from '@tc/pdf';
import { recognisePlan } from '@tc/recognise';
import { decodeText, detectTextFlavour, parseText } from '@tc/text';

export const name = 'recognise: recognisePlan on a parsed fixture, classifier off (goal ≤ 10 ms median per plan)';

const plans = fileURLToPath(new URL('../fixtures/plans/', import.meta.url));
const GOAL_MS = 10;
const WARM_UP = 20;
/** Calls timed per document: at least this many, and for at least MIN_MS in all. */
const MIN_CALLS = 100;
const MIN_MS = 1000;

interface Input {
  label: string;
  doc: LayoutDocument;
  source: PlanSource;
}

async function layout(file: string, bytes: Uint8Array): Promise<{ doc: LayoutDocument; format: PlanSource['format'] }> {
  if (file.endsWith('.pdf')) return { doc: await parsePdf(bytes, { timeoutMs: 600_000 }), format: 'pdf' };
  if (file.endsWith('.docx')) return { doc: await parseDocx(bytes), format: 'docx' };
  const { text } = decodeText(bytes);
  const format = detectTextFlavour(text);
  return { doc: parseText(text, { format }), format };
}

async function inputs(): Promise<Input[]> {
  const out: Input[] = [];
  for (const slug of readdirSync(plans).sort()) {
    for (const file of ['plan.txt', 'plan.docx', 'plan.pdf']) {
      const path = join(plans, slug, file);
      if (!existsSync(path)) continue;
      const bytes = new Uint8Array(readFileSync(path));
      const { doc, format } = await layout(file, bytes);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      out.push({ label: `${slug}/${file}`, doc, source: { name: file, format, sha256, pages: doc.pages } });
    }
  }
  return out;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

export async function run(): Promise<Array<Record<string, string | number>>> {
  const docs = await inputs();
  const rows: Array<Record<string, string | number>> = [];
  const medians: number[] = [];
  for (const { label, doc, source } of docs) {
    let actions = 0;
    for (let i = 0; i < WARM_UP; i++) actions = recognisePlan(doc, source, { classify: false }).actions.length;
    const ms: number[] = [];
    const started = performance.now();
    while (ms.length < MIN_CALLS || performance.now() - started < MIN_MS) {
      const t = performance.now();
      recognisePlan(doc, source, { classify: false });
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    const median = quantile(ms, 0.5);
    medians.push(median);
    rows.push({
      input: label,
      blocks: doc.children.length,
      actions,
      calls: ms.length,
      'median ms': round2(median),
      'p90 ms': round2(quantile(ms, 0.9)),
      'min ms': round2(ms[0]!),
      [`≤ ${GOAL_MS} ms`]: median <= GOAL_MS ? 'yes' : 'NO',
    });
  }
  const sorted = [...medians].sort((a, b) => a - b);
  rows.push({
    input: `all ${docs.length}: median of medians / worst`,
    blocks: '',
    actions: '',
    calls: '',
    'median ms': round2(quantile(sorted, 0.5)),
    'p90 ms': '',
    'min ms': '',
    [`≤ ${GOAL_MS} ms`]: sorted.every((m) => m <= GOAL_MS) ? 'yes' : `NO (worst ${round2(sorted.at(-1)!)} ms)`,
  });
  return rows;
}
