import type { Diagnostic, Plan, SourceFormat } from '@tc/model';
import { SOURCE_FORMATS, TcError } from '@tc/model/lite';
import type { PdfJsOptions } from '@tc/pdf';
import type { Inspection } from '@tc/recognise';
import { Deadline } from './deadline.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import { readInput, type PlanInput } from './read-input.ts';
import { readLayout } from './read-layout.ts';
import { sha256Hex } from './sha256.ts';
import { sniffFormat, type SniffedFormat } from './sniff-format.ts';
import { loadRecognise, loadValidation } from './stages.ts';

/** Options of {@link parsePlan}. */
export interface ParseOptions {
  /** Skip detection and read the input as this format. */
  format?: SourceFormat;
  /** The source name recorded in `plan.source.name` (default `"input"`). */
  name?: string;
  /** Password of an encrypted PDF. */
  password?: string;
  /** Where pdf.js's worker and data files are, and whether a Web Worker may be used (browsers; see `@tc/pdf`). */
  pdf?: PdfJsOptions;
  /** Give actions without stated themes the classifier's themes (default true). */
  classify?: boolean;
  /** Largest input accepted, in bytes (default 50 MiB for PDF and Word, 10 MiB for text). */
  maxBytes?: number;
  /** Most PDF pages read (default 500). */
  maxPages?: number;
  /** Time allowed for the whole parse, in milliseconds (default 60 000). */
  timeoutMs?: number;
  /** Aborts the parse. */
  signal?: AbortSignal;
  /** Called as the parse moves from stage to stage, and page by page (PDF) or block by block (Word) through the layout. */
  onProgress?: (progress: ParseProgress) => void;
  /** Also report which reading claimed each block of the document, and what it beat (`tc inspect`). */
  inspect?: boolean;
}

/**
 * Where a parse is, as {@link ParseOptions.onProgress} hears it: the stage (`read`, `layout`,
 * `recognise`, `done`, in that order) with the format once it is known, and within the layout of a
 * PDF each page as it is read (`page` of `pages`), of a Word document each block of its body (a
 * top-level paragraph, heading or list, or a row of a top-level table: `block` of `blocks`). Text
 * is read in one step.
 */
export type ParseProgress =
  | { stage: 'read' }
  | { stage: 'layout' | 'recognise' | 'done'; format: SniffedFormat }
  | { stage: 'layout'; format: 'pdf'; page: number; pages: number }
  | { stage: 'layout'; format: 'docx'; block: number; blocks: number };

/** The result of {@link parsePlan}: the validated plan and its diagnostics. */
export interface ParseResult {
  plan: Plan;
  diagnostics: Diagnostic[];
  /** With `inspect`: the document block by block, with the reading that claimed each. */
  inspection?: Inspection;
}

/**
 * Turns one action plan (PDF, Word, plain text or markdown) into the canonical, validated Plan.
 * The format comes from the bytes, not a file name. Unusable input throws a TcError with a
 * stable code; everything recoverable is reported in `diagnostics`.
 */
export async function parsePlan(input: PlanInput, options: ParseOptions = {}): Promise<ParseResult> {
  try {
    return await parse(input, options);
  } catch (error) {
    throw typed(error);
  }
}

// What the engine throws when a string, array or buffer would pass its size limit: the input asked
// for more than tc can hold, whichever stage it reached.
const ENGINE_SIZE_LIMIT = /^(Invalid (string|array|typed array) length|Array buffer allocation failed|Maximum call stack size exceeded)/;

function typed(error: unknown): unknown {
  if (error instanceof RangeError && ENGINE_SIZE_LIMIT.test(error.message)) {
    return new TcError('TC_TOO_LARGE', `The document is too large or too deeply nested to read (${error.message}).`, { cause: error });
  }
  return error;
}

async function parse(input: PlanInput, options: ParseOptions): Promise<ParseResult> {
  const deadline = new Deadline(options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs, options.signal);
  options.onProgress?.({ stage: 'read' });
  // While reading, only the largest limit of any format can hold; the format's own comes next.
  const { bytes, text } = await readInput(input, options.maxBytes ?? Math.max(DEFAULT_LIMITS.maxBytes, DEFAULT_LIMITS.maxTextBytes));
  const format = chooseFormat(bytes, text, options.format);
  checkSize(bytes, format, options.maxBytes);

  options.onProgress?.({ stage: 'layout', format });
  const [sha256, layout] = await Promise.all([
    sha256Hex(bytes),
    readLayout(format, {
      bytes,
      requested: options.format,
      password: options.password,
      pdf: options.pdf,
      maxPages: options.maxPages ?? DEFAULT_LIMITS.maxPages,
      deadline,
      onProgress: options.onProgress,
    }),
  ]);
  deadline.check();

  options.onProgress?.({ stage: 'recognise', format });
  const recognise = await loadRecognise();
  const recognised = recognise.recognisePlan(
    layout.doc,
    { name: options.name ?? 'input', format: layout.format, sha256, pages: layout.doc.pages },
    { classify: options.classify !== false },
  );
  deadline.check();

  const plan: Plan = { ...recognised, diagnostics: [...layout.diagnostics, ...recognised.diagnostics] };

  const valid = (await loadValidation()).validatePlan(plan);
  options.onProgress?.({ stage: 'done', format });
  if (!options.inspect) return { plan: valid, diagnostics: valid.diagnostics };
  return { plan: valid, diagnostics: valid.diagnostics, inspection: recognise.inspectPlan(layout.doc) };
}

function chooseFormat(bytes: Uint8Array, isString: boolean, requested: SourceFormat | undefined): SniffedFormat {
  if (requested === 'markdown') return 'text';
  // Options come from JavaScript callers too: a format the type does not allow is a usage error.
  if (requested !== undefined && !SOURCE_FORMATS.includes(requested)) {
    throw new TcError('TC_USAGE', `Unknown format "${String(requested)}": use one of ${SOURCE_FORMATS.join(', ')}, or leave it out to detect it from the bytes.`);
  }
  if (requested !== undefined) return requested;
  return isString ? 'text' : sniffFormat(bytes);
}

function checkSize(bytes: Uint8Array, format: SniffedFormat, maxBytes: number | undefined): void {
  const limit = maxBytes ?? (format === 'text' ? DEFAULT_LIMITS.maxTextBytes : DEFAULT_LIMITS.maxBytes);
  if (bytes.byteLength > limit) {
    throw new TcError('TC_INPUT_TOO_LARGE', `The input is ${bytes.byteLength} bytes, over the ${limit}-byte limit for ${format} input.`);
  }
}
