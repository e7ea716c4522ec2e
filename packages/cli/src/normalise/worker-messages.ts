import type { SourceFormat } from '@tc/model';
import type { PlanTables } from './plan-tables.ts';

/** A document sent to a worker. */
export interface WorkerJob {
  name: string;
  bytes: Uint8Array;
  classify: boolean;
  timeoutMs: number;
  maxPages: number | undefined;
}

/**
 * What a worker sends back for one document: the plan file's text and only what the main thread
 * needs for the document's row and the tables, not the plan itself (posting and re-reading the
 * whole plan cost more than making these where it was parsed).
 */
export type WorkerResult =
  | {
      ok: true;
      planJson: string;
      format: SourceFormat;
      pages: number | null;
      confidence: number;
      /** Warnings and errors among the diagnostics, and the first of them. */
      warnings: number;
      firstWarning: { code: string; message: string } | null;
      tables: PlanTables;
    }
  | { ok: false; code: string; message: string };
