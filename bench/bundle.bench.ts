// What a page downloads for @tc/parse: its main entry bundled by esbuild for browsers (minified,
// split), then, from the chunks' import graph, the first load (the entry and what it imports
// statically) and what each format's first plan adds (its parser, the recogniser, the Plan
// schema and whatever those import), in bytes minified and gzip-compressed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { pdfjsFolder } from '@tc/pdf/assets';
import { build, type Metafile } from 'esbuild';

export const name = 'bundle: @tc/parse in a browser (esbuild, minified, split)';

const ENTRY = fileURLToPath(new URL('../packages/parse/src/index.ts', import.meta.url));

interface Chunk {
  bytes: number;
  gzip: number;
  entry: string;
  statics: string[];
  inputs: string[];
}

/** Bundles the entry and returns every output chunk with its size and static imports. */
export async function bundleParse(): Promise<Map<string, Chunk>> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@tc/source'],
    outdir: 'bundle-bench-out',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const texts = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.lastIndexOf('bundle-bench-out/') + 'bundle-bench-out/'.length), f.contents]));
  const chunks = new Map<string, Chunk>();
  for (const [path, output] of Object.entries(result.metafile.outputs as Metafile['outputs'])) {
    const file = path.replace(/^bundle-bench-out\//, '');
    const text = texts.get(file)!;
    chunks.set(file, {
      bytes: text.length,
      gzip: gzipSync(text, { level: 9 }).length,
      entry: output.entryPoint ?? '',
      statics: output.imports.filter((i) => i.kind === 'import-statement').map((i) => i.path.replace(/^bundle-bench-out\//, '')),
      inputs: Object.keys(output.inputs),
    });
  }
  return chunks;
}

function closure(chunks: Map<string, Chunk>, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of chunks.get(file)!.statics) visit(next);
  };
  roots.forEach(visit);
  return seen;
}

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

export async function run(): Promise<Array<Record<string, string | number>>> {
  const chunks = await bundleParse();
  const byEntry = (pattern: RegExp) => [...chunks].find(([, c]) => pattern.test(c.entry))?.[0];
  const entry = byEntry(/packages\/parse\/src\/index\.ts$/)!;
  const first = closure(chunks, [entry]);
  const common = [byEntry(/packages\/recognise\/src\/index\.ts$/)!, byEntry(/validate-plan\.ts$/)!];
  const rows: Array<Record<string, string | number>> = [];
  const row = (what: string, files: Iterable<string>) => {
    const list = [...files];
    const bytes = list.reduce((n, f) => n + chunks.get(f)!.bytes, 0);
    const gzip = list.reduce((n, f) => n + chunks.get(f)!.gzip, 0);
    rows.push({ what, chunks: list.length, 'KB min': kb(bytes), 'KB gzip': kb(gzip) });
  };
  row('first load (import of @tc/parse; goal ≤ 150 KB gzip)', first);
  const formats: Array<[string, RegExp, RegExp[]]> = [
    ['text / markdown', /packages\/text\/src\/index\.ts$/, []],
    ['Word (.docx)', /packages\/docx\/src\/index\.ts$/, []],
    ['PDF (page side; worker script below)', /packages\/pdf\/src\/index\.ts$/, [/pdfjs-dist\/build\/pdf\.mjs$/]],
  ];
  for (const [label, pattern, more] of formats) {
    const roots = [entry, byEntry(pattern)!, ...common, ...more.map((m) => byEntry(m)!)];
    row(`+ the first ${label} plan`, [...closure(chunks, roots)].filter((f) => !first.has(f)));
  }
  row('pdf.js worker code as a chunk (loaded only when no worker starts)', [byEntry(/pdf\.worker\.min\.mjs$/)!]);
  const holding = (pattern: RegExp) => [...chunks].filter(([, c]) => c.entry === '' && c.inputs.some((i) => pattern.test(i))).map(([f]) => f);
  row('  shared: zod and the schemas (every format)', holding(/zod\/v4\/core\/schemas\.js$/));
  row('  shared: parse5 and hast (text and Word)', holding(/parse5\/dist\/parser\/index\.js$/));
  const worker = readFileSync(join(pdfjsFolder(), 'build/pdf.worker.min.mjs'));
  rows.push({ what: 'pdf.worker.min.mjs, the file a Web Worker starts from', chunks: 1, 'KB min': kb(worker.length), 'KB gzip': kb(gzipSync(worker, { level: 9 }).length) });
  return rows;
}
