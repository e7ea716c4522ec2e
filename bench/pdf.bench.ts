// PDF throughput: parsePdf against bare pdfjs-dist (getTextContent + getOperatorList per page) on
// the same files in the same run. Goal: ours ≥ 0.6× the bare rate. The two alternate round by
// round and each side's median is kept, so a burst of load on the machine hits both alike.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePdf } from '../packages/pdf/src/index.ts';
import { makeTextPdf } from '../packages/pdf/test/make-pdf.ts';
import { readBare } from './bare-pdfjs.ts';

export const name = 'pdf: parsePdf vs bare pdfjs-dist (text + operator list)';

const plans = fileURLToPath(new URL('../fixtures/plans/', import.meta.url));

// Same reading as overhead.bench.ts's baseline, and the same font data as parsePdf, so both sides
// do the same loading work.
const bare = (bytes: Uint8Array): Promise<number> => readBare([bytes]);

async function once(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median milliseconds of each side, alternating bare and ours round by round after a warm-up. */
async function paired(a: () => Promise<unknown>, b: () => Promise<unknown>, rounds: number): Promise<[number, number]> {
  await a();
  await b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    as.push(await once(a));
    bs.push(await once(b));
  }
  return [median(as), median(bs)];
}

export async function run(): Promise<Array<Record<string, string | number>>> {
  const files: Array<[string, Uint8Array]> = ['portsmouth', 'brighton', 'chester', 'plymouth', 'leicester'].map((s) => [
    `${s}/plan.pdf`,
    new Uint8Array(readFileSync(`${plans}${s}/plan.pdf`)),
  ]);
  files.push(['generated 500 pages', makeTextPdf(500, (p) => Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of page ${p}: technicians, careers and recognition.`))]);
  const rows: Array<Record<string, string | number>> = [];
  let fixturePages = 0;
  let fixtureRaw = 0;
  let fixtureOurs = 0;
  for (const [label, bytes] of files) {
    const pages = await bare(bytes);
    const rounds = pages > 100 ? 3 : 15;
    const [rawMs, oursMs] = await paired(() => bare(bytes), () => parsePdf(bytes, { timeoutMs: 600_000 }), rounds);
    if (pages <= 100) [fixturePages, fixtureRaw, fixtureOurs] = [fixturePages + pages, fixtureRaw + rawMs, fixtureOurs + oursMs];
    rows.push({
      file: label,
      pages,
      'bare pages/s': Math.round((pages / rawMs) * 1000 * 10) / 10,
      'parsePdf pages/s': Math.round((pages / oursMs) * 1000 * 10) / 10,
      ratio: Math.round((rawMs / oursMs) * 100) / 100,
    });
  }
  rows.push({
    file: 'all five fixture PDFs',
    pages: fixturePages,
    'bare pages/s': Math.round((fixturePages / fixtureRaw) * 1000 * 10) / 10,
    'parsePdf pages/s': Math.round((fixturePages / fixtureOurs) * 1000 * 10) / 10,
    ratio: Math.round((fixtureRaw / fixtureOurs) * 100) / 100,
  });
  return rows;
}
