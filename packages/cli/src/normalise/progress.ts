import type { Io } from '../io.ts';
import type { InputRecord } from './input-record.ts';

/** Reports normalise's progress: a bar on a terminal, one line per input otherwise. */
export interface Progress {
  start(total: number): void;
  done(record: InputRecord, skipped: boolean): void;
  stop(): void;
}

/** The progress reporter for the given standard error. */
export async function createProgress(io: Io): Promise<Progress> {
  return io.stderr.isTTY ? barProgress(io) : lineProgress(io);
}

// C0 and C1 controls, DEL and the Unicode line and paragraph separators: any of them in a file name
// would split or rewrite a progress line on a terminal.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `text` with control characters written as `\n`, `\t` or `\u001b`, so that it stays on one line. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

function describe(record: InputRecord, skipped: boolean): string {
  const name = escapeControls(record.name);
  if (skipped) return `skipped ${name} (unchanged since the last run)`;
  if (record.status === 'error') return `error ${name}: ${record.code}: ${escapeControls(record.message)}`;
  const note = record.status === 'warning' ? ` (${record.code})` : '';
  return `${record.status} ${name}: ${record.actions} actions, ${record.ms} ms${note}`;
}

function lineProgress(io: Io): Progress {
  let total = 0;
  let count = 0;
  return {
    start: (n) => {
      total = n;
    },
    done: (record, skipped) => {
      count++;
      io.stderr.write(`tc: [${count}/${total}] ${describe(record, skipped)}\n`);
    },
    stop: () => {},
  };
}

async function barProgress(io: Io): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WriteStream,
      format: 'tc normalise [{bar}] {value}/{total} | {failed} failed | {name}',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const failures: string[] = [];
  return {
    start: (total) => bar.start(total, 0, { failed: 0, name: '' }),
    done: (record, skipped) => {
      if (record.status === 'error' && !skipped) failures.push(describe(record, skipped));
      bar.increment({ failed: failures.length, name: escapeControls(record.name) });
    },
    stop: () => {
      bar.stop();
      for (const failure of failures) io.stderr.write(`tc: ${failure}\n`);
    },
  };
}
