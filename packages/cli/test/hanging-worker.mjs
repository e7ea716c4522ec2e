// A stand-in worker for the pool's tests: answers, hangs forever, crashes or fills its heap, as the job's name says.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (job) => {
  if (job.name === 'hang') for (;;);
  if (job.name === 'crash') throw new Error('boom');
  if (job.name === 'oom') {
    const hoard = [];
    for (;;) hoard.push({ text: `${hoard.length}`.repeat(20) });
  }
  parentPort.postMessage({
    ok: true,
    planJson: '{}',
    format: 'text',
    pages: null,
    confidence: 1,
    warnings: 0,
    firstWarning: null,
    tables: { actions: job.bytes.length, jsonl: '', csv: '' },
  });
});
