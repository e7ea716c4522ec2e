// `@tc/pdf/assets` (Node): the files of pdfjs-dist a web page needs beside its bundle, for bundlers
// that do not emit `new URL(…, import.meta.url)` assets (esbuild) and for the data folders, which
// no bundler emits.
import { cp } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The worker script and data folders of pdfjs-dist, relative to its package folder. */
export const PDFJS_ASSETS = ['build/pdf.worker.min.mjs', 'cmaps', 'standard_fonts', 'wasm', 'iccs'] as const;

/** The folder of the pdfjs-dist that @tc/pdf imports. */
export function pdfjsFolder(): string {
  return dirname(fileURLToPath(import.meta.resolve('pdfjs-dist/package.json')));
}

/**
 * Copies {@link PDFJS_ASSETS} into `<outdir>/pdfjs-dist/`: beside bundle files written to
 * `outdir`, that is where @tc/pdf looks for them when no option says otherwise. Returns the folder
 * written (about 5 MB).
 */
export async function copyPdfjsAssets(outdir: string): Promise<string> {
  const from = pdfjsFolder();
  const to = join(outdir, 'pdfjs-dist');
  for (const asset of PDFJS_ASSETS) await cp(join(from, asset), join(to, asset), { recursive: true });
  return to;
}
