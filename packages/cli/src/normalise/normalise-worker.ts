// One worker thread of `tc normalise`: parses the documents it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { isTcError } from '@tc/model';
import { parsePlan } from '@tc/parse';
import { prepareParseThread } from '@tc/parse/node';
import { planTables } from './plan-tables.ts';
import type { WorkerJob, WorkerResult } from './worker-messages.ts';

prepareParseThread();

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
