// Runs every regular expression of the packages over its attack strings, reporting each one as it
// starts, so that the test can stop the run and name an expression that does not end.
import { parentPort, workerData } from 'node:worker_threads';
import { attackStrings } from './attack-strings.ts';
import type { FoundRegex } from './find-regexes.ts';

const { regexes, size } = workerData as { regexes: FoundRegex[]; size: number };
regexes.forEach((r, index) => {
  parentPort?.postMessage({ started: index });
  const global = new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`);
  for (const text of attackStrings(r.source, size)) {
    global.lastIndex = 0;
    text.replace(global, '');
  }
});
parentPort?.postMessage({ done: regexes.length });
