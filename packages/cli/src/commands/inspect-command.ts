import type { Inspection } from '@tc/recognise';
import type { CommandContext } from '../command-spec.ts';
import { readAll } from '../io.ts';
import { parseOptions } from '../options.ts';

const excerpt = (text: string, width: number): string => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);

/** The inspection as an outline: one line per block, the reading that claimed it, what lost. */
export function formatInspection(inspection: Inspection, width = 100): string {
  const lines: string[] = [];
  lines.push('readings chosen:');
  for (const r of inspection.chosen) {
    const e = r.evidence;
    lines.push(`  ${r.reader}: ${r.actions} action(s), quality ${r.quality}, score ${r.score} (action-like ${e.actionLikeness}, fields ${e.fields}, refs ${e.refRegularity}, consistency ${e.consistency}, structure ${e.structure})`);
  }
  if (inspection.rejected.length > 0) {
    lines.push('readings rejected:');
    for (const r of inspection.rejected.slice(0, 20)) {
      lines.push(`  ${r.reader}: ${r.actions} action(s), quality ${r.quality}, score ${r.score} — ${r.why === 'quality' ? 'below the quality cut' : `overlaps ${r.lostTo ?? 'a better reading'}`}`);
    }
    if (inspection.rejected.length > 20) lines.push(`  … and ${inspection.rejected.length - 20} more`);
  }
  lines.push('blocks:');
  for (const b of inspection.blocks) {
    const kind = `${b.kind}${b.kind === 'heading' ? b.depth : b.kind === 'listItem' ? `@${b.depth}${b.marker ? ` ${b.marker}` : ''}` : ''}`;
    const claim = b.reading ? `${b.claimedBy} (${b.reading.score})` : b.claimedBy;
    const lost = b.runnerUp ? `  [lost: ${b.runnerUp.reader} ${b.runnerUp.score}, ${b.runnerUp.why}]` : '';
    lines.push(`${String(b.index).padStart(4)} ${kind.padEnd(14)} ${claim.padEnd(34)} ${excerpt(b.text.replace(/\s+/g, ' '), width)}${lost}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `tc inspect FILE|-`. */
export async function run(context: CommandContext): Promise<number> {
  const [file = '-'] = context.positionals;
  const options = { ...parseOptions(context), inspect: true };
  const { inspection } =
    file === '-'
      ? await (await import('@tc/parse/node')).parsePlanInWorker(await readAll(context.io.stdin), { ...options, name: 'stdin' }, true)
      : await (await import('@tc/parse/node')).parsePlanFile(file, options);
  if (!inspection) return 70;
  context.io.stdout.write(context.values.json === true ? `${JSON.stringify(inspection, null, 2)}\n` : formatInspection(inspection));
  return 0;
}
