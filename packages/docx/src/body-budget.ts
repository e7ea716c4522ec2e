// Counts the body's paragraphs and runs before mammoth reads it: mammoth builds a tree of several
// kilobytes per run and paragraph, so a small file of a million runs would need gigabytes.
import { TcError } from '@tc/model';
import { countOpenTags, scanElements } from './xml-scan.ts';
import type { DocxLimits } from './zip-guard.ts';

type BodyLimits = Pick<DocxLimits, 'maxParagraphs' | 'maxRuns' | 'maxRunsPerParagraph'>;

function tooLarge(message: string): TcError {
  return new TcError('TC_DOCX_TOO_LARGE', message);
}

/** Throws TC_DOCX_TOO_LARGE when the body has more paragraphs or runs than the limits allow. */
export function checkBodyBudget(documentXml: string, limits: BodyLimits): void {
  const runs = countOpenTags(documentXml, 'w:r');
  if (runs > limits.maxRuns) throw tooLarge(`The document has ${runs} runs of text, more than the limit of ${limits.maxRuns}.`);
  let paragraphs = 0;
  for (const p of scanElements(documentXml, 'w:p')) {
    if (++paragraphs > limits.maxParagraphs) throw tooLarge(`The document has more than ${limits.maxParagraphs} paragraphs, the limit.`);
    const inParagraph = countOpenTags(p.body, 'w:r');
    if (inParagraph > limits.maxRunsPerParagraph) {
      throw tooLarge(`Paragraph ${paragraphs} has ${inParagraph} runs of text, more than the limit of ${limits.maxRunsPerParagraph} in one paragraph.`);
    }
  }
}
