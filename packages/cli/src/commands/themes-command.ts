import { TcError } from '@tc/model';
import type { CommandContext } from '../command-spec.ts';
import { readAll } from '../io.ts';
import { loadClassifier, type TextReading } from '../theme-classifier.ts';

/** `tc themes TEXT` and `tc themes --jsonl`. */
export async function run(context: CommandContext): Promise<number> {
  const classify = await loadClassifier();
  const { io } = context;
  if (context.values.jsonl === true) {
    const input = new TextDecoder().decode(await readAll(io.stdin));
    const lines = input.split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop();
    for (const text of lines) io.stdout.write(`${JSON.stringify({ text, ...classify(text) })}\n`);
    return 0;
  }
  const [text] = context.positionals;
  if (text === undefined) throw new TcError('TC_USAGE', 'tc themes needs a TEXT argument, or --jsonl with texts on standard input.');
  const reading = classify(text);
  io.stdout.write(context.values.json === true ? `${JSON.stringify({ text, ...reading }, null, 2)}\n` : readingTable(reading));
  return 0;
}

function readingTable({ themes, topics }: TextReading): string {
  const width = Math.max('theme'.length, ...themes.map((s) => s.theme.length));
  const rows = themes.map((s) => `${s.theme.padEnd(width)}  ${s.score.toFixed(3)}  ${s.selected ? 'yes' : 'no'}`);
  const topicWidth = Math.max('topic'.length, ...topics.map((t) => t.topic.length));
  const topicRows = topics.length === 0 ? ['(no topic)'] : topics.map((t) => `${t.topic.padEnd(topicWidth)}  ${t.confidence.toFixed(3).padEnd(10)}  ${t.evidence.join(', ')}`);
  return [`${'theme'.padEnd(width)}  score  selected`, ...rows, '', `${'topic'.padEnd(topicWidth)}  confidence  evidence`, ...topicRows, ''].join('\n');
}
