/** Stable error codes for input that cannot be used. */
export const TC_ERROR_CODES = [
  'TC_EMPTY_INPUT',
  'TC_BINARY_INPUT',
  'TC_INPUT_TOO_LARGE',
  'TC_UNSUPPORTED_FORMAT',
  'TC_DOCX_CORRUPT',
  'TC_DOCX_ENCRYPTED',
  'TC_DOCX_TOO_LARGE',
  'TC_DOC_LEGACY',
  'TC_PDF_CORRUPT',
  'TC_PDF_ENCRYPTED',
  'TC_PDF_WRONG_PASSWORD',
  'TC_PDF_NO_TEXT',
  'TC_PDF_TOO_MANY_PAGES',
  'TC_PDF_WORKER',
  'TC_TIMEOUT',
  'TC_TOO_LARGE',
  'TC_OUT_LOCKED',
  'TC_INVALID_PLAN',
  'TC_IO',
  'TC_USAGE',
  'TC_INTERNAL',
  'TC_ABORTED',
  'TC_UNSUPPORTED_RUNTIME',
] as const;
export type TcErrorCode = (typeof TC_ERROR_CODES)[number];

/** The one error type for unusable input: a stable code, a sentence, and the original error as cause. */
export class TcError extends Error {
  override readonly name = 'TcError';
  readonly code: TcErrorCode;

  constructor(code: TcErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True when `value` is a TcError (also across realms and duplicated module copies). */
export function isTcError(value: unknown): value is TcError {
  return value instanceof Error && value.name === 'TcError' && typeof (value as { code?: unknown }).code === 'string';
}
