import type { PdfJs, PdfJsOptions, PdfJsSession } from './pdfjs-options.ts';

let loaded: Promise<PdfJs> | null = null;

/** The legacy build of pdf.js (the one meant for Node), imported once. */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/**
 * Where the standard font data and CMaps shipped inside the installed pdfjs-dist are, or null where
 * the package cannot be located. `import.meta.resolve` keeps this module free of Node built-ins.
 */
export function pdfjsDataUrls(): { standardFontDataUrl: string; cMapUrl: string } | null {
  let pkg: URL;
  try {
    pkg = new URL(import.meta.resolve('pdfjs-dist/package.json'));
  } catch {
    return null;
  }
  return { standardFontDataUrl: location(new URL('standard_fonts/', pkg)), cMapUrl: location(new URL('cmaps/', pkg)) };
}

/**
 * pdf.js for one document in Node: the legacy build, which runs in the calling thread (its "fake
 * worker"), with the data files of the installed package unless the options name others.
 */
export async function openPdfJs(options: PdfJsOptions): Promise<PdfJsSession> {
  const pdfjs = await loadPdfJs();
  const found = pdfjsDataUrls();
  const base = options.assetsUrl === undefined ? null : folder(options.assetsUrl);
  const pick = (given: string | URL | undefined, sub: string, fallback: string | undefined) =>
    given !== undefined ? folder(given) : base !== null ? `${base}${sub}` : fallback;
  const standardFontDataUrl = pick(options.standardFontDataUrl, 'standard_fonts/', found?.standardFontDataUrl);
  const cMapUrl = pick(options.cMapUrl, 'cmaps/', found?.cMapUrl);
  return {
    pdfjs,
    params: { ...(standardFontDataUrl ? { standardFontDataUrl } : {}), ...(cMapUrl ? { cMapUrl } : {}) },
    close() {},
  };
}

// A folder given as a URL (file: included) or as a plain path, as pdf.js in Node wants it.
function folder(value: string | URL): string {
  const url = typeof value !== 'string' ? value : /^[a-z][a-z0-9+.-]+:/i.test(value) ? new URL(value) : null;
  const path = url ? location(url) : String(value);
  return path.endsWith('/') ? path : `${path}/`;
}

// pdf.js in Node reads these with fs when given plain paths ending in a slash, not file: URLs.
function location(url: URL): string {
  if (url.protocol !== 'file:') return url.href;
  const path = decodeURIComponent(url.pathname);
  return /^\/[A-Za-z]:\//.test(path) ? path.slice(1) : path;
}
