import { readFileSync } from 'node:fs';
import { decodeText, parseText } from '@tc/text';
const all = ['brighton','chester','leicester','plymouth','portsmouth'].map((s) => readFileSync(`fixtures/plans/${s}/plan.txt`, 'utf8')).join('\n\n');
const parts: string[] = []; let n = 0; let size = 0;
while (size < 50e6) { const p = `${all}\n\nEnd of copy ${'q'.repeat(n % 40)}${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + (Math.floor(n / 26) % 26))}.\n\n`; parts.push(p); size += p.length; n++; }
const bytes = new TextEncoder().encode(parts.join(''));
const s = performance.now();
const doc = parseText(decodeText(bytes).text);
console.log((bytes.length / 1e6).toFixed(1), 'MB', Math.round(performance.now() - s), 'ms', doc.children.length, 'blocks', Math.round(process.memoryUsage().rss / 1e6), 'MB rss');
