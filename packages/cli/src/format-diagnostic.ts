import type { Diagnostic, Provenance } from '@tc/model';

type Place = (at: never) => string;

// Where a diagnostic points, in the words of each format.
const places: { [K in Provenance['kind']]: (at: Extract<Provenance, { kind: K }>) => string } = {
  text: (at) => `${at.start.line}:${at.start.column}`,
  pdf: (at) => `p.${at.page}`,
  docx: (at) => `block ${at.block}`,
};

/** `file:place severity code message`, one line (`file severity …` when the diagnostic has no place). */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const place = diagnostic.at ? (places[diagnostic.at.kind] as Place)(diagnostic.at as never) : null;
  const where = place ? `${file}:${place}` : file;
  return `${where} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message.replace(/(?<!\s)\s*\n\s*/g, ' ')}`;
}
