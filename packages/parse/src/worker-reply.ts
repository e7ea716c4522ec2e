import type { TcErrorCode } from '@tc/model';
import type { ParseOptions, ParseProgress, ParseResult } from './parse-plan.ts';

/** What the parse worker is sent: the bytes, the options that can be cloned, and whether to report progress. */
export interface WorkerRequest {
  bytes: Uint8Array;
  options: Omit<ParseOptions, 'signal' | 'onProgress'>;
  progress: boolean;
}

/** What the parse worker posts back: progress as it goes, then the result or the typed error it ended with. */
export type WorkerReply = { progress: ParseProgress } | { ok: true; result: ParseResult } | { ok: false; code: TcErrorCode; message: string };
