// The same plan from its text and from its PDF must give the same actions: what the PDF parser
// rebuilds from positions has to read like what the text says.
import { readFileSync } from 'node:fs';
import type { Action, LayoutDocument, PlanSource } from '@tc/model';
import { recognisePlan } from '@tc/recognise';
import { decodeText, parseText } from '@tc/text';
import { describe, expect, test } from 'vitest';
import { parsePdf } from '../src/index.ts';
import { loadPdfJs } from '../src/pdfjs-loader.ts';

const dir = (slug: string) => new URL(`../../../fixtures/plans/${slug}/`, import.meta.url);
const read = (slug: string, file: string) => new Uint8Array(readFileSync(new URL(file, dir(slug))));
const source = (format: PlanSource['format']): PlanSource => ({ name: 'plan', format, sha256: '0'.repeat(64), pages: null });

function comparable(a: Action, withThemes: boolean) {
  return {
    ref: a.ref,
    parentRef: a.parentRef,
    title: a.title,
    ...(withThemes ? { themes: a.themes.map((t) => `${t.theme}:${t.source}`).sort() } : {}),
    timeframe: a.timeframe?.raw ?? null,
    owners: a.owners.map((o) => o.raw),
    successMeasures: a.successMeasures,
  };
}

function textPlan(slug: string) {
  return recognisePlan(parseText(decodeText(read(slug, 'plan.txt')).text), source('text'));
}

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

describe('plan.pdf gives the same actions as plan.txt', () => {
  test.each(['portsmouth', 'brighton', 'chester', 'leicester'])('%s', async (slug) => {
    const bytes = read(slug, 'plan.pdf');
    const doc = await parsePdf(bytes);
    const fromPdf = recognisePlan(doc, source('pdf'));
    const fromText = textPlan(slug);
    expect(fromPdf.actions.length).toBeGreaterThan(0);
    expect(fromPdf.actions.map((a) => comparable(a, true))).toEqual(fromText.actions.map((a) => comparable(a, true)));
    expect(await coverage(bytes, doc)).toBeGreaterThanOrEqual(0.99);
  });

  test.each(['plan.pdf', 'plan.lo.pdf'])('plymouth %s: same actions, themes from its ticks', async (file) => {
    const bytes = read('plymouth', file);
    const doc = await parsePdf(bytes);
    const fromPdf = recognisePlan(doc, source('pdf'));
    const fromText = textPlan('plymouth');
    expect(fromPdf.actions.map((a) => comparable(a, false))).toEqual(fromText.actions.map((a) => comparable(a, false)));
    const ticks = JSON.parse(readFileSync(new URL('docx-ticks.json', dir('plymouth')), 'utf8')) as string[][];
    expect(fromPdf.actions.map((a) => a.themes.map((t) => `${t.theme}:${t.source}`).sort())).toEqual(ticks.map((row) => row.map((t) => `${t}:tick`).sort()));
    expect(await coverage(bytes, doc)).toBeGreaterThanOrEqual(0.99);
  });
});
