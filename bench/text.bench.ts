// Plain-text parsing throughput: the five fixture plans, each replicated to about 10 MB, through
// decodeText + parseText. The goal is ≥ 5 MB/s.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeText, parseText } from '@tc/text';

export const name = 'text: decodeText + parseText (fixtures replicated to ~10 MB)';

const TARGET_BYTES = 10 * 1024 * 1024;

async function fixtures(): Promise<Array<{ slug: string; text: string }>> {
  const dir = fileURLToPath(new URL('../fixtures/plans', import.meta.url));
  const out: Array<{ slug: string; text: string }> = [];
  for (const slug of (await readdir(dir)).sort()) {
    const text = await readFile(join(dir, slug, 'plan.txt'), 'utf8').catch(() => null);
    if (text !== null) out.push({ slug, text });
  }
  return out;
}

// Copies are kept apart by a line of their own (letters, not digits, so it never repeats), as
// separate documents would be; otherwise lines repeated in every copy would look like furniture.
function replicate(text: string): string {
  const copies = Math.max(1, Math.round(TARGET_BYTES / Buffer.byteLength(text)));
  const tag = (n: number): string => (n < 26 ? '' : tag(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));
  return Array.from({ length: copies }, (_, i) => `${text}\n\nEnd of copy ${tag(i)}.\n\n`).join('');
}

export async function run(): Promise<Array<Record<string, string | number>>> {
  const rows: Array<Record<string, string | number>> = [];
  const all: string[] = [];
  for (const { slug, text } of await fixtures()) {
    const big = replicate(text);
    all.push(text);
    rows.push(measure(slug, big));
  }
  rows.push(measure('all five, interleaved', replicate(all.join('\n\n'))));
  return rows;
}

function measure(label: string, text: string): Record<string, string | number> {
  const bytes = new TextEncoder().encode(text);
  const mb = bytes.length / 1e6;
  const start = performance.now();
  const decoded = decodeText(bytes);
  const decodedAt = performance.now();
  const doc = parseText(decoded.text, { format: 'text' });
  const end = performance.now();
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  return {
    input: label,
    MB: Number(mb.toFixed(1)),
    'decode ms': Math.round(decodedAt - start),
    'parse ms': Math.round(end - decodedAt),
    'MB/s': Number((mb / ((end - start) / 1000)).toFixed(1)),
    blocks: doc.children.length,
    'heap MB': Math.round(heapMb),
  };
}
