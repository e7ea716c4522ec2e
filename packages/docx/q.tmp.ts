import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { readDocxZip, DEFAULT_DOCX_LIMITS } from './src/zip-guard.ts';
const f = new Uint8Array(readFileSync('../../fixtures/plans/chester/plan.docx'));
for (const [l, fn] of [['unzipSync', () => unzipSync(f)], ['guard', () => readDocxZip(f, DEFAULT_DOCX_LIMITS, () => true)]] as const) { for (let i = 0; i < 50; i++) fn(); const s = performance.now(); for (let i = 0; i < 200; i++) fn(); console.log(l, ((performance.now() - s) / 200).toFixed(3)); }
