// Which program makes each document's PDF and Word file. Producers rotate over a family's
// variants, so every family is seen through at least two PDF producers; a producer this machine
// lacks (or that cannot draw the document) hands over to the next in the rotation.
import { seedOf } from './seed-hash.ts';
import { hasCommand } from './writers/external-tools.ts';
import { SOFFICE } from './writers/libreoffice.ts';
import { producerAvailable, producerSupports, type PdfProducer } from './writers/pdf-writer.ts';
import type { ZooDocument } from './zoo-doc.ts';

/** 'docx': the docx package's file; 'libreoffice-resave': that file opened and saved again by LibreOffice. */
export type DocxProducer = 'docx' | 'libreoffice-resave';

export interface Producers {
  /** null when no PDF producer is available. */
  pdf: PdfProducer | null;
  docx: DocxProducer;
}

const PDF_ROTATION: readonly PdfProducer[] = ['chromium', 'libreoffice', 'pdfkit'];

export class ProducerChooser {
  readonly #warned = new Set<string>();
  readonly #warn: (message: string) => void;
  readonly #available: (producer: PdfProducer) => boolean;
  readonly #canResave: () => boolean;

  /** `available` and `canResave` stand in for this machine's programs (tests pass their own). */
  constructor(warn: (message: string) => void, available = producerAvailable, canResave = (): boolean => hasCommand(SOFFICE)) {
    this.#warn = warn;
    this.#available = available;
    this.#canResave = canResave;
  }

  #once(key: string, message: string): void {
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    this.#warn(message);
  }

  choose(id: string, variant: number, doc: ZooDocument): Producers {
    const turn = seedOf(id, 'producers') + variant;
    let pdf: PdfProducer | null = null;
    for (let k = 0; k < PDF_ROTATION.length && pdf === null; k++) {
      const candidate = PDF_ROTATION[(turn + k) % PDF_ROTATION.length]!;
      if (!this.#available(candidate)) {
        this.#once(`pdf:${candidate}`, `${candidate} is not available here (${candidate === 'pdfkit' ? 'Liberation Sans / DejaVu Sans fonts missing' : `no \`${candidate === 'chromium' ? 'chromium' : SOFFICE}\` on the PATH`}): its PDFs are made by the next producer in the rotation instead`);
        continue;
      }
      if (!producerSupports(candidate, doc)) continue;
      pdf = candidate;
    }
    if (pdf === null) this.#once('pdf:none', 'no PDF producer is available: PDFs are not written');
    let docx: DocxProducer = turn % 5 === 0 ? 'libreoffice-resave' : 'docx';
    if (docx === 'libreoffice-resave' && !this.#canResave()) {
      this.#once('docx:soffice', `no \`${SOFFICE}\` on the PATH: Word files are not re-saved by LibreOffice`);
      docx = 'docx';
    }
    return { pdf, docx };
  }
}
