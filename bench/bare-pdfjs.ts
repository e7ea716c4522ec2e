// Bare pdf.js as a benchmark baseline: every page's text content and operator list, nothing else.
// Imported by bench/overhead.bench.ts; run as a script (`node … bench/bare-pdfjs.ts DIR`) it reads
// every file in DIR once in a fresh process, as `tc normalise` does.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPdfJs, pdfjsDataUrls } from '../packages/pdf/src/pdfjs-node.ts';
import type { PdfJs } from '../packages/pdf/src/pdfjs-options.ts';

/** Reads each PDF's pages with pdf.js (isEvalSupported false, tc's font and CMap data); returns the pages read. */
export async function readBare(files: readonly Uint8Array[]): Promise<number> {
  const pdfjs = await loadPdfJs();
  let pages = 0;
  for (const bytes of files) {
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
  return pages;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2]!;
  await readBare(readdirSync(dir).sort().map((f) => new Uint8Array(readFileSync(join(dir, f)))));
}
