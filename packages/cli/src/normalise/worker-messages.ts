import type { Diagnostic, SourceFormat } from '@tc/model';

/** A document sent to a worker. */
export interface WorkerJob {
  name: string;
  bytes: Uint8Array;
  classify: boolean;
  timeoutMs: number;
  maxPages: number | undefined;
}

/** What a worker sends back for one document. */
export type WorkerResult =
  | { ok: true; planJson: string; format: SourceFormat; pages: number | null; actions: number; confidence: number; diagnostics: Diagnostic[] }
  | { ok: false; code: string; message: string };
