// What `tc normalise` costs beyond reading the documents, in one run: bare pdf.js (text + operator
// list of every page) against `tc normalise --jobs 1` on the same ~100 fixture PDFs (goal: tc ≥
// 0.6× bare), and text plans per millisecond in a batch (goal: ≤ 8 ms each). The two PDF sides
// alternate round by round and each keeps its fastest round, so a burst of load on the machine
// hits both alike.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { PdfJs } from '../packages/pdf/src/pdfjs-options.ts';
import { loadPdfJs, pdfjsDataUrls } from '../packages/pdf/src/pdfjs-node.ts';
import { repoRoot, runTc, type TcRun } from './tc-process.ts';

export const name = 'tc normalise overhead: vs bare pdf.js, and text plans per ms';

const ROUNDS = 2;
const TEXT_COPIES = 4;

function walk(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), keep) : keep(e.name) ? [join(dir, e.name)] : []));
}

// The plans' PDFs and their matrix renditions, and every other zoo case's document.pdf: 98 files.
function pdfFiles(): string[] {
  const plans = walk(join(repoRoot, 'fixtures/plans'), (f) => f.endsWith('.pdf'));
  const zoo = walk(join(repoRoot, 'fixtures/zoo'), (f) => f === 'document.pdf').filter((_, i) => i % 2 === 0);
  return [...plans, ...zoo];
}

function textFiles(): string[] {
  return [
    ...walk(join(repoRoot, 'fixtures/plans'), (f) => f === 'plan.txt'),
    ...walk(join(repoRoot, 'fixtures/zoo'), (f) => f === 'document.txt'),
  ];
}

function copyInto(dir: string, files: string[], copies = 1): number {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < copies; i++) {
    for (const file of files) copyFileSync(file, join(dir, `${i}-${relative(repoRoot, file).replaceAll('/', '-')}`));
  }
  return files.length * copies;
}

async function bare(files: readonly Uint8Array[]): Promise<{ ms: number; pages: number }> {
  const pdfjs = await loadPdfJs();
  const started = performance.now();
  let pages = 0;
  for (const bytes of files) {
    // The same font and CMap data as tc's own reading, so both sides do the same loading work.
    // isEvalSupported is honoured by pdf.js but missing from its types (as in parse-pdf.ts).
    const params: Exclude<Parameters<PdfJs['getDocument']>[0], string | URL | ArrayBuffer | undefined> & { isEvalSupported: false } = {
      data: bytes.slice(),
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      cMapPacked: true,
      ...pdfjsDataUrls(),
    };
    const task = pdfjs.getDocument(params);
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      await page.getOperatorList();
      page.cleanup();
    }
    pages += doc.numPages;
    await task.destroy();
  }
  return { ms: performance.now() - started, pages };
}

async function normalise(input: string, out: string): Promise<TcRun> {
  rmSync(out, { recursive: true, force: true });
  const run = await runTc(['normalise', input, '--out', out, '--jobs', '1']);
  if (run.status !== 0) throw new Error(`tc normalise ${input} exited ${run.status}: ${run.stderr}`);
  return run;
}

function errors(out: string): number {
  return readFileSync(join(out, 'inputs.csv'), 'utf8').split('\n').filter((line) => line.includes(',error,')).length;
}

export async function run(): Promise<Array<Record<string, string | number>>> {
  const root = mkdtempSync(join(tmpdir(), 'tc-bench-overhead-'));
  const out = join(root, 'out');
  try {
    const pdfs = pdfFiles();
    const pdfDir = join(root, 'pdf');
    copyInto(pdfDir, pdfs);
    const bytes = pdfs.map((f) => new Uint8Array(readFileSync(f)));
    const texts = textFiles();
    const textDir = join(root, 'text');
    const textCount = copyInto(textDir, texts, TEXT_COPIES);
    const oneDir = join(root, 'one');
    copyInto(oneDir, texts.slice(0, 1));

    // Unmeasured: loads pdf.js here and warms the page cache for both sides.
    const { pages } = await bare(bytes);
    await normalise(pdfDir, out);
    const bareMs: number[] = [];
    const tcRuns: TcRun[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      bareMs.push((await bare(bytes)).ms);
      tcRuns.push(await normalise(pdfDir, out));
    }
    const pdfErrors = errors(out);
    const bestBare = Math.min(...bareMs);
    const bestTc = Math.min(...tcRuns.map((r) => r.ms));

    // A batch of one plan is tc's fixed cost (start, worker, tables); the rest is per plan.
    const oneMs: number[] = [];
    const textRuns: TcRun[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      oneMs.push((await normalise(oneDir, out)).ms);
      textRuns.push(await normalise(textDir, out));
    }
    const textErrors = errors(out);
    const fixed = Math.min(...oneMs);
    const bestText = Math.min(...textRuns.map((r) => r.ms));

    const s = (ms: number) => Number((ms / 1000).toFixed(2));
    return [
      { what: `bare pdf.js, ${pdfs.length} PDFs`, documents: pdfs.length, pages, 'wall s': s(bestBare), rounds: bareMs.map(s).join(' / '), 'ms per doc': Math.round(bestBare / pdfs.length), ratio: '', 'peak RSS MiB': '', errors: '' },
      {
        what: 'tc normalise --jobs 1, same PDFs',
        documents: pdfs.length,
        pages,
        'wall s': s(bestTc),
        rounds: tcRuns.map((r) => s(r.ms)).join(' / '),
        'ms per doc': Math.round(bestTc / pdfs.length),
        ratio: Number((bestBare / bestTc).toFixed(2)),
        'peak RSS MiB': Math.max(...tcRuns.map((r) => r.peakRssMb)),
        errors: pdfErrors,
      },
      { what: 'tc normalise --jobs 1, one text plan (fixed cost)', documents: 1, pages: '', 'wall s': s(fixed), rounds: oneMs.map(s).join(' / '), 'ms per doc': '', ratio: '', 'peak RSS MiB': '', errors: '' },
      {
        what: `tc normalise --jobs 1, ${textCount} text plans`,
        documents: textCount,
        pages: '',
        'wall s': s(bestText),
        rounds: textRuns.map((r) => s(r.ms)).join(' / '),
        'ms per doc': Number(((bestText - fixed) / (textCount - 1)).toFixed(2)),
        ratio: '',
        'peak RSS MiB': Math.max(...textRuns.map((r) => r.peakRssMb)),
        errors: textErrors,
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
