// Writes one zoo document's folder: document.txt / .md / .docx / .pdf and gold.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Gold } from './gold.ts';
import type { Producers } from './producers.ts';
import { writeDocx } from './writers/docx-writer.ts';
import { convertDocx } from './writers/libreoffice.ts';
import { writeMarkdown } from './writers/markdown-writer.ts';
import { writePdf } from './writers/pdf-writer.ts';
import { writeText } from './writers/text-writer.ts';
import { readZip, writeZip } from './writers/zip-files.ts';
import type { ZooDocument } from './zoo-doc.ts';

export interface Entry {
  /** Folder of the document, e.g. fixtures/zoo/tick-grid/03. */
  dir: string;
  /** Short name for progress lines. */
  name: string;
  doc: ZooDocument;
  gold: Gold;
  producers: Producers;
}

/** Runs an external conversion again once if it fails: a LibreOffice profile being made can make the first try exit early. */
async function twice<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch {
    return work();
  }
}

export async function writeEntry(entry: Entry, options: { pdf: boolean; slot: number }): Promise<void> {
  const gold = Gold.parse(entry.gold);
  await mkdir(entry.dir, { recursive: true });
  await writeFile(join(entry.dir, 'document.txt'), writeText(entry.doc));
  await writeFile(join(entry.dir, 'document.md'), writeMarkdown(entry.doc));
  const docx = await writeDocx(entry.doc);
  // Re-zipped only to fix the entries' timestamps, so a rebuild gives the same bytes.
  const word = entry.producers.docx === 'libreoffice-resave' ? writeZip(readZip(await twice(() => convertDocx(docx, 'docx', options.slot)))) : docx;
  await writeFile(join(entry.dir, 'document.docx'), word);
  if (options.pdf && entry.producers.pdf) {
    const producer = entry.producers.pdf;
    await writeFile(join(entry.dir, 'document.pdf'), await twice(() => writePdf(entry.doc, producer, docx, options.slot)));
  }
  await writeFile(join(entry.dir, 'gold.json'), `${JSON.stringify(gold, null, 2)}\n`);
}
