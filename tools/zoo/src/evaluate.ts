// Runs zoo documents through the real parsePlan and tallies them per family × format.
import { readFile } from 'node:fs/promises';
import { parsePlan } from '@tc/parse';
import { isTcError } from '@tc/model';
import { addTally, emptyTally, scoreDocument, scoreFailure, type Tally } from './score.ts';
import type { ZooFile, ZooFormat } from './zoo-files.ts';

export type Cells = Record<string, Partial<Record<ZooFormat, Tally>>>;

/** Scores one zoo document (a typed parse error scores as a document with nothing found). */
export async function evaluateFile(file: ZooFile): Promise<Tally> {
  const bytes = await readFile(file.path);
  try {
    const { plan } = await parsePlan(bytes, { name: file.path, classify: false, timeoutMs: 60_000 });
    return scoreDocument(file.gold, plan);
  } catch (error) {
    if (isTcError(error)) return scoreFailure(file.gold, error.code);
    throw error;
  }
}

/** The row a file is tallied in: its family, or `not-plans:<kind>` for a not-plan. */
export function cellKey(file: ZooFile): string {
  return file.gold.kind === 'not-plan' ? `not-plans:${file.variant.replace(/-\d+$/, '')}` : file.family;
}

/** Tallies per family and format, summing the documents of each cell. */
export async function evaluateFiles(files: readonly ZooFile[], onFile?: (file: ZooFile, tally: Tally) => void): Promise<Cells> {
  const cells: Cells = {};
  for (const file of files) {
    const tally = await evaluateFile(file);
    onFile?.(file, tally);
    const row = (cells[cellKey(file)] ??= {});
    row[file.format] = addTally(row[file.format] ?? emptyTally(), tally);
  }
  return cells;
}
