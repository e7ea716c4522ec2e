import type { Status } from '@tc/model';

const RAG: ReadonlyArray<readonly [RegExp, NonNullable<Status['rag']>]> = [
  [/^(?:r|red)\b/i, 'red'],
  [/^(?:a|amber|orange|yellow)\b/i, 'amber'],
  [/^(?:g|green)\b/i, 'green'],
  [/^(?:complete|completed|done|achieved|closed|blue|b)\b/i, 'complete'],
];

/** A RAG status as printed ("Amber – some progress made") and its colour where one is named. */
export function parseStatus(raw: string): Status | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length === 0) return null;
  const rag = RAG.find(([pattern]) => pattern.test(text))?.[1] ?? null;
  return { raw: text, rag };
}
