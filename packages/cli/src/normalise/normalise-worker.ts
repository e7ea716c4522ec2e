// One worker thread of `tc normalise`: parses the documents it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { isTcError } from '@tc/model';
import { parsePlan } from '@tc/parse';
import { tolerateStrayPdfjsRejections } from '@tc/parse/node';
import { planTables } from './plan-tables.ts';
import type { WorkerJob, WorkerResult } from './worker-messages.ts';

// This thread does nothing but parse. Without DecompressionStream pdf.js inflates streams in its own
// JavaScript instead of through a web stream and zlib on the thread pool: on the 98 fixture PDFs of
// `pnpm bench overhead` that took 10-22 % less time and CPU (docs/benchmarks.md). Memory stays
// bounded the same way: the inflated bytes count in the memory the pool watches.
Reflect.deleteProperty(globalThis, 'DecompressionStream');
tolerateStrayPdfjsRejections();

async function handle(job: WorkerJob): Promise<WorkerResult> {
  try {
    const { plan, diagnostics } = await parsePlan(job.bytes, {
      name: job.name,
      classify: job.classify,
      timeoutMs: job.timeoutMs,
      ...(job.maxPages === undefined ? {} : { maxPages: job.maxPages }),
    });
    const warnings = diagnostics.filter((d) => d.severity !== 'info');
    return {
      ok: true,
      planJson: `${JSON.stringify(plan, null, 2)}\n`,
      format: plan.source.format,
      pages: plan.source.pages,
      actions: plan.actions.length,
      confidence: plan.confidence,
      warnings: warnings.length,
      firstWarning: warnings[0] ? { code: warnings[0].code, message: warnings[0].message } : null,
      tables: planTables(job.name, plan),
    };
  } catch (error) {
    if (isTcError(error)) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'TC_INTERNAL', message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

parentPort?.on('message', (job: WorkerJob) => {
  void handle(job).then((result) => parentPort?.postMessage(result));
});
