// A stand-in worker for the pool's tests: answers, hangs forever, or crashes, as the job's name says.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (job) => {
  if (job.name === 'hang') for (;;);
  if (job.name === 'crash') throw new Error('boom');
  parentPort.postMessage({ ok: true, planJson: '{}', format: 'text', pages: null, actions: job.bytes.length, diagnostics: [] });
});
