import type { Column } from './csv.ts';
import type { InputRecord } from './input-record.ts';

/** The columns of inputs.csv, one row per input, in order; the order and names are stable. */
export const INPUT_COLUMNS: readonly Column<InputRecord>[] = [
  { name: 'source', description: 'the input name; its plan is plans/<source>.plan.json', value: (r) => r.name },
  { name: 'path', description: 'the input path as found', value: (r) => r.path },
  { name: 'status', description: '`ok`, `warning` (parsed, with warnings) or `error` (no plan)', value: (r) => r.status },
  { name: 'code', description: 'the TC_* error code, or the first warning\'s code', value: (r) => r.code },
  { name: 'message', description: 'the error, or the first warning', value: (r) => r.message },
  { name: 'format', description: 'pdf, docx, text or markdown, as detected', value: (r) => r.format ?? '' },
  { name: 'pages', description: 'pages of a PDF', value: (r) => r.pages ?? '' },
  { name: 'actions', description: 'actions found', value: (r) => r.actions },
  { name: 'confidence', description: 'recognition confidence, 0–1 (the mean of the actions\'; below 0.6: check the plan by eye)', value: (r) => r.confidence ?? '' },
  { name: 'warnings', description: 'warnings and errors among the plan\'s diagnostics', value: (r) => r.warnings },
  { name: 'sha256', description: 'SHA-256 of the input bytes', value: (r) => r.sha256 ?? '' },
  { name: 'ms', description: 'milliseconds spent on the input (as recorded when it was parsed)', value: (r) => r.ms },
];
