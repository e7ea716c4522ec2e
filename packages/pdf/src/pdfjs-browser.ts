import { TcError } from '@tc/model';
import type { PdfJs, PdfJsOptions, PdfJsSession } from './pdfjs-options.ts';
import { lendWorker } from './pdfjs-worker-pool.ts';

let loaded: Promise<PdfJs> | null = null;

/** The modern build of pdf.js (the package's `main`: `pdfjs-dist/build/pdf.mjs`), imported once. */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist');
  return loaded;
}

// Written out in full so that bundlers which understand `new URL(…, import.meta.url)` (webpack 5,
// Vite, Rollup, Parcel) emit the worker script and put its final address here. Others (esbuild)
// leave it relative to the bundle: the documented copy step puts the file there.
function defaultWorkerSrc(): URL {
  return new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url);
}

// Folders cannot be emitted by a bundler, so they are found beside the bundle, where the copy step
// puts them. The path is assembled so that no bundler mistakes it for a file to resolve at build time.
const PACKAGE_FOLDER = ['pdfjs-dist', ''].join('/');

/**
 * pdf.js for one document in a browser (or a Web Worker): the modern build, reading the PDF in a
 * Web Worker of its own where one starts and in the calling thread otherwise, with its data files
 * where the options say, else beside the bundle.
 */
export async function openPdfJs(options: PdfJsOptions): Promise<PdfJsSession> {
  const pdfjs = await loadPdfJs();
  const base = options.assetsUrl === undefined ? new URL(PACKAGE_FOLDER, import.meta.url) : folderUrl(options.assetsUrl, 'assetsUrl');
  const at = (given: string | URL | undefined, name: string, sub: string) => (given === undefined ? new URL(sub, base) : folderUrl(given, name)).href;
  const params = {
    cMapUrl: at(options.cMapUrl, 'cMapUrl', 'cmaps/'),
    standardFontDataUrl: at(options.standardFontDataUrl, 'standardFontDataUrl', 'standard_fonts/'),
    wasmUrl: at(options.wasmUrl, 'wasmUrl', 'wasm/'),
    iccUrl: new URL('iccs/', base).href,
  };
  // pdf.js decides this from `document.baseURI`, which a Web Worker lacks; the URLs are absolute here.
  const useWorkerFetch = Object.values(params).every((url) => /^https?:/.test(url));

  const fromAssets = options.assetsUrl === undefined ? undefined : new URL('build/pdf.worker.min.mjs', base);
  const src = options.workerSrc ?? fromAssets ?? (pdfjs.GlobalWorkerOptions.workerSrc || undefined);
  const canStart = options.worker !== false && typeof (globalThis as { Worker?: unknown }).Worker === 'function';
  const lent = await lendWorker(pdfjs, canStart ? (src === undefined ? defaultWorkerSrc() : absolute(src, 'workerSrc')) : null);
  return {
    pdfjs,
    params: { ...params, useWorkerFetch, worker: lent.worker },
    close: (reusable = false) => lent.release(reusable),
  };
}

function absolute(value: string | URL, name: string): URL {
  try {
    return new URL(value, (globalThis as { location?: { href: string } }).location?.href);
  } catch (error) {
    throw new TcError('TC_USAGE', `The pdf option ${name} is not a URL: ${String(value)}`, { cause: error });
  }
}

function folderUrl(value: string | URL, name: string): URL {
  const url = absolute(value, name);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
