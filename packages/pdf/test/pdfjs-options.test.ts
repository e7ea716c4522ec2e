// The `pdfjs` options in Node (the locations of pdf.js's data files), the copy step for web pages,
// and how pdf.js's failures to start map to codes. The browser side is exercised in Chromium by
// test/e2e/browser-demo.test.ts.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BlockNode, LayoutDocument } from '@tc/model';
import { parsePdf } from '../src/index.ts';
import { pdfError } from '../src/pdf-error.ts';
import { copyPdfjsAssets, PDFJS_ASSETS, pdfjsFolder } from '../src/pdfjs-assets.ts';
import { openPdfJs } from '../src/pdfjs-node.ts';

const work = mkdtempSync(join(tmpdir(), 'tc-pdfjs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Set in fonts pdf.js has to supply itself (not embedded): its boxes depend on the font data.
const plymouth = new Uint8Array(readFileSync(new URL('../../../fixtures/plans/plymouth/plan.pdf', import.meta.url)));

function texts(nodes: readonly BlockNode[]): string[] {
  return nodes.flatMap((n) => {
    if (n.type === 'table') return n.rows.flatMap((r) => r.cells.map((c) => c.text));
    if (n.type === 'list') return n.children.flatMap((i) => texts(i.children));
    return n.type === 'symbol' ? [n.raw] : [n.text];
  });
}
const boxes = (doc: LayoutDocument) => JSON.stringify(doc.children.map((n) => n.position));

describe('pdf.js data files in Node', () => {
  it('come from the installed pdfjs-dist unless an option names others', async () => {
    const folder = pdfjsFolder();
    expect((await openPdfJs({})).params).toEqual({ standardFontDataUrl: join(folder, 'standard_fonts/'), cMapUrl: join(folder, 'cmaps/') });
    expect((await openPdfJs({ assetsUrl: pathToFileURL(work) })).params).toEqual({ standardFontDataUrl: join(work, 'standard_fonts/'), cMapUrl: join(work, 'cmaps/') });
    expect((await openPdfJs({ assetsUrl: work, cMapUrl: '/x/maps' })).params).toEqual({ standardFontDataUrl: join(work, 'standard_fonts/'), cMapUrl: '/x/maps/' });
  });

  it('copied by copyPdfjsAssets, read from the copy give the same document; without the font data, other boxes', async () => {
    const written = await copyPdfjsAssets(join(work, 'site'));
    expect(written).toBe(join(work, 'site', 'pdfjs-dist'));
    for (const asset of PDFJS_ASSETS) {
      const [from, to] = [join(pdfjsFolder(), asset), join(written, asset)];
      if (statSync(from).isDirectory()) expect(readdirSync(to).sort(), asset).toEqual(readdirSync(from).sort());
      else expect(readFileSync(to).equals(readFileSync(from)), asset).toBe(true);
    }
    const usual = await parsePdf(plymouth);
    expect(await parsePdf(plymouth, { pdfjs: { assetsUrl: pathToFileURL(written) } })).toEqual(usual);
    const unfounded = await parsePdf(plymouth, { pdfjs: { standardFontDataUrl: join(work, 'nothing-here') } });
    expect(texts(unfounded.children)).toEqual(texts(usual.children));
    expect(boxes(unfounded)).not.toBe(boxes(usual));
  });
});

describe('pdf.js failures to start', () => {
  it('are TC_PDF_WORKER; a document pdf.js cannot read stays TC_PDF_CORRUPT', () => {
    expect(pdfError(new Error('Setting up fake worker failed: "404".'), false).code).toBe('TC_PDF_WORKER');
    expect(pdfError(Object.assign(new Error('The API version "6.5.438" does not match the Worker version "5.0.1".'), { name: 'UnknownErrorException' }), false).code).toBe('TC_PDF_WORKER');
    expect(pdfError(Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' }), false).code).toBe('TC_PDF_CORRUPT');
    expect(pdfError(new Error('Bad FCHECK in flate stream'), false).code).toBe('TC_PDF_CORRUPT');
  });
});
