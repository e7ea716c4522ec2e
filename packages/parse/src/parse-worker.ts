// The worker thread of `parsePlanInWorker`: parses the one document it is sent and posts the result.
import { parentPort } from 'node:worker_threads';
import { isTcError } from '@tc/model';
import { parsePlan, type ParseProgress } from './parse-plan.ts';
import type { WorkerReply, WorkerRequest } from './worker-reply.ts';
import { prepareParseThread } from './parse-thread.ts';

prepareParseThread();

parentPort?.once('message', (message: WorkerRequest) => {
  const onProgress = message.progress ? { onProgress: (progress: ParseProgress) => post({ progress }) } : {};
  void parsePlan(message.bytes, { ...message.options, ...onProgress }).then(
    (result) => post({ ok: true, result }),
    (error: unknown) =>
      post(
        isTcError(error)
          ? { ok: false, code: error.code, message: error.message }
          : { ok: false, code: 'TC_INTERNAL', message: `Unexpected error: ${error instanceof Error ? error.message : String(error)}` },
      ),
  );
});

function post(reply: WorkerReply): void {
  parentPort?.postMessage(reply);
}
