import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api.js';

/**
 * Where pdf.js finds its worker and data files, and whether it may use a worker. Every field is
 * optional: by default the package finds them itself (see `@tc/pdf`'s README, "Browsers").
 * In Node only the data locations apply; pdf.js there always runs in the calling thread.
 */
export interface PdfJsOptions {
  /**
   * Browsers: `true` (default) reads the PDF in a Web Worker when one starts, else in the calling
   * thread; `false` always reads it in the calling thread.
   */
  worker?: boolean;
  /** URL of pdf.js's worker script (`pdfjs-dist/build/pdf.worker.min.mjs`, same version as pdf.js). */
  workerSrc?: string | URL;
  /**
   * URL of a folder laid out like the `pdfjs-dist` package (`build/pdf.worker.min.mjs`, `cmaps/`,
   * `standard_fonts/`, `wasm/`, `iccs/`): the default for every location not given on its own.
   */
  assetsUrl?: string | URL;
  /** Folder of pdf.js's packed CMaps (`pdfjs-dist/cmaps/`). */
  cMapUrl?: string | URL;
  /** Folder of pdf.js's standard font data (`pdfjs-dist/standard_fonts/`). */
  standardFontDataUrl?: string | URL;
  /** Folder of pdf.js's WebAssembly decoders (`pdfjs-dist/wasm/`). */
  wasmUrl?: string | URL;
}

/** The pdf.js module as either build exports it (the legacy build re-exports the same types). */
export type PdfJs = typeof import('pdfjs-dist');

/** One document's pdf.js: the module, the parameters that locate its files, and how to let go. */
export interface PdfJsSession {
  pdfjs: PdfJs;
  params: Partial<DocumentInitParameters>;
  /**
   * Lets the worker go: kept for the next document when `reusable` (the document ended cleanly),
   * else terminated at once, which stops a Web Worker even inside a long operation.
   */
  close(reusable?: boolean): void;
}
