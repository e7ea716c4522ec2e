// The pdfkit drawing context shared by the page-flow and table code: fonts, pages (with their
// running header and footer), and ticks in the forms PDFs carry them.
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { TickStyle } from '../zoo-doc.ts';
import { tickChar } from './tick-text.ts';

export type Doc = InstanceType<typeof PDFDocument>;

const FONT_FILES = {
  body: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  italic: '/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf',
  symbol: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
} as const;

export const MARGIN = 56;
export const BODY_SIZE = 10;

/** pdfkit needs real fonts for ticks and dashes; without them the build uses another producer. */
export const fontsInstalled = (): boolean => Object.values(FONT_FILES).every((f) => existsSync(f));

// @types/pdfkit declares end(chunk) with a required argument; pdfkit's own end() takes none.
const endRef = (ref: unknown): void => (ref as { end(): void }).end();

export class PdfkitPage {
  readonly doc: Doc;
  layout: 'portrait' | 'landscape' = 'portrait';
  #wingdings: unknown = null;
  readonly header: string | undefined;
  readonly footer: string | undefined;

  constructor(header: string | undefined, footer: string | undefined) {
    this.header = header;
    this.footer = footer;
    this.doc = new PDFDocument({
      autoFirstPage: false,
      compress: true,
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      info: { CreationDate: new Date(Date.UTC(2024, 0, 1)), ModDate: new Date(Date.UTC(2024, 0, 1)), Producer: 'tc layout zoo', Creator: 'tc layout zoo' },
    } as ConstructorParameters<typeof PDFDocument>[0]);
    for (const [name, file] of Object.entries(FONT_FILES)) this.doc.registerFont(name, file);
    this.doc.on('pageAdded', () => this.#furniture());
  }

  get left(): number {
    return MARGIN;
  }
  get right(): number {
    return this.doc.page.width - MARGIN;
  }
  get top(): number {
    return MARGIN;
  }
  get bottom(): number {
    return this.doc.page.height - MARGIN;
  }

  newPage(layout = this.layout): void {
    this.layout = layout;
    this.doc.addPage({ size: 'A4', layout, margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } });
  }

  /** Starts a new page when `height` more points do not fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.top + 1) this.newPage();
  }

  #furniture(): void {
    const { doc } = this;
    const margins = doc.page.margins;
    const saved = margins.bottom;
    // Furniture sits in the margins; pdfkit would start a new page for text below the bottom margin.
    margins.bottom = 0;
    doc.font('body').fontSize(8).fillColor('#333333');
    if (this.header) doc.text(this.header, MARGIN, 28, { lineBreak: false });
    if (this.footer) doc.text(this.footer, MARGIN, doc.page.height - 36, { lineBreak: false });
    margins.bottom = saved;
    doc.fillColor('#000000').font('body').fontSize(BODY_SIZE);
    doc.x = MARGIN;
    doc.y = MARGIN;
  }

  /** A Wingdings tick as Word's PDFs carry it: byte 0xFC in a non-embedded font named Wingdings. */
  #wingdingsTick(x: number, baseline: number, size: number): void {
    const { doc } = this;
    if (this.#wingdings === null) {
      const descriptor = doc.ref({ Type: 'FontDescriptor', FontName: 'Wingdings-Regular', Flags: 4, FontBBox: [0, -212, 1359, 899], ItalicAngle: 0, Ascent: 899, Descent: -212, CapHeight: 722, StemV: 80 });
      endRef(descriptor);
      const font = doc.ref({ Type: 'Font', Subtype: 'TrueType', BaseFont: 'Wingdings-Regular', FirstChar: 32, LastChar: 255, Widths: Array(224).fill(900), FontDescriptor: descriptor });
      endRef(font);
      this.#wingdings = font;
    }
    (doc.page as unknown as { fonts: Record<string, unknown> }).fonts.WD1 = this.#wingdings;
    // pdfkit flips the page, so the text matrix flips back.
    doc.addContent(`BT /WD1 ${size} Tf 1 0 0 -1 ${x.toFixed(2)} ${baseline.toFixed(2)} Tm <FC> Tj ET`);
  }

  /** Draws `tick` centred in the box. */
  tick(tick: TickStyle, x: number, y: number, w: number, h: number): void {
    const size = BODY_SIZE;
    if (tick === 'wingdings') {
      this.#wingdingsTick(x + w / 2 - size * 0.45, y + h / 2 + size * 0.35, size);
      return;
    }
    const text = tickChar(tick);
    const font = /^[A-Za-z]+$/.test(text) ? 'body' : 'symbol';
    this.doc.font(font).fontSize(size);
    const width = this.doc.widthOfString(text);
    this.doc.text(text, x + (w - width) / 2, y + (h - size * 1.15) / 2, { lineBreak: false });
    this.doc.font('body');
  }

  finish(): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    this.doc.on('data', (c: Buffer) => chunks.push(c));
    return new Promise((resolve) => {
      this.doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      this.doc.end();
    });
  }
}
