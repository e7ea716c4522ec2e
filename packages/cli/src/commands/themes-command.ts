import { TcError } from '@tc/model';
import type { CommandContext } from '../command-spec.ts';
import { readAll } from '../io.ts';
import { loadClassifier, type ThemeScore } from '../theme-classifier.ts';

/** `tc themes TEXT` and `tc themes --jsonl`. */
export async function run(context: CommandContext): Promise<number> {
  const classify = await loadClassifier();
  const { io } = context;
  if (context.values.jsonl === true) {
    const input = new TextDecoder().decode(await readAll(io.stdin));
    const lines = input.split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    for (const text of lines) io.stdout.write(`${JSON.stringify({ text, themes: classify(text) })}\n`);
    return 0;
  }
  const [text] = context.positionals;
  if (text === undefined) throw new TcError('TC_USAGE', 'tc themes needs a TEXT argument, or --jsonl with texts on standard input.');
  const scores = classify(text);
  io.stdout.write(context.values.json === true ? `${JSON.stringify(scores, null, 2)}\n` : scoreTable(scores));
  return 0;
}

function scoreTable(scores: ThemeScore[]): string {
  const width = Math.max('theme'.length, ...scores.map((s) => s.theme.length));
  const rows = scores.map((s) => `${s.theme.padEnd(width)}  ${s.score.toFixed(3)}  ${s.selected ? 'yes' : 'no'}`);
  return [`${'theme'.padEnd(width)}  score  selected`, ...rows, ''].join('\n');
}
