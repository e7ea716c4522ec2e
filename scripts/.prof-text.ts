import { readFileSync } from 'node:fs';
import { parseText } from '@tc/text';
const slug = process.argv[2]!;
const t = readFileSync(`fixtures/plans/${slug}/plan.txt`, 'utf8');
const big = Array.from({ length: 600 }, (_, i) => t + `\n\nEnd of copy ${'x'.repeat(i % 50)}${String.fromCharCode(97 + (i % 26))}.\n\n`).join('');
const s = performance.now();
const d = parseText(big);
console.log(slug, big.length / 1e6, 'MB', Math.round(performance.now() - s), 'ms', d.children.length);
