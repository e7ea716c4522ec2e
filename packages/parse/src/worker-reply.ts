import type { TcErrorCode } from '@tc/model';
import type { ParseResult } from './parse-plan.ts';

/** What the parse worker posts back: the result, or the typed error it ended with. */
export type WorkerReply = { ok: true; result: ParseResult } | { ok: false; code: TcErrorCode; message: string };
