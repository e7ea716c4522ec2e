// LibreOffice conversions of a Word file: to PDF, and re-saved as Word (which rewrites the
// numbering, styles and tables the way LibreOffice writes them).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTool } from './external-tools.ts';

export const SOFFICE = 'soffice';

/**
 * Converts Word bytes with `soffice --headless --convert-to`. `slot` names the LibreOffice profile:
 * parallel conversions each need their own, or the second one exits at once without converting.
 */
export async function convertDocx(docx: Uint8Array, target: 'pdf' | 'docx', slot: number): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'zoo-lo-'));
  try {
    const input = join(dir, 'in', 'document.docx');
    await mkdir(join(dir, 'in'));
    await writeFile(input, docx);
    const filter = target === 'pdf' ? 'pdf:writer_pdf_Export' : 'docx:MS Word 2007 XML';
    await runTool(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file:///tmp/lo-${slot}`, '--convert-to', filter, '--outdir', join(dir, 'out'), input]);
    return new Uint8Array(await readFile(join(dir, 'out', `document.${target}`)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
