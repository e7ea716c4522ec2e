import { open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Plan, TcError } from '@tc/model';
import { ACTION_COLUMNS } from './action-columns.ts';
import { tempPathFor, writeAtomic } from './atomic-write.ts';
import { toCsv } from './csv.ts';
import { INPUT_COLUMNS } from './input-columns.ts';
import type { InputRecord } from './input-record.ts';
import { planTables, type PlanTables } from './plan-tables.ts';

interface Stream {
  path: string;
  temp: string;
  handle: FileHandle;
}

/**
 * Writes actions.jsonl and actions.csv while the run goes, in input order (sorted by name) whatever
 * order the inputs finish in, and inputs.csv at the end; so the tables never depend on which worker
 * finished first. Each input's share is written as soon as every input before it has finished, so
 * the run holds only the shares of inputs that finished early, not every plan's (2,000 inputs: 34
 * MB of table text). Both tables are written to temporary files and renamed at the end.
 */
export class TableWriter {
  readonly #out: string;
  readonly #plansDir: string;
  readonly #count: number;
  readonly #waiting = new Map<number, { record: InputRecord; tables: PlanTables | null }>();
  readonly #records: InputRecord[] = [];
  #streams: Promise<[Stream, Stream]> | null = null;
  #chain: Promise<void> = Promise.resolve();
  #failure: unknown = null;
  #actions = 0;

  /** `count` inputs will be added, with indexes 0 to count - 1. */
  constructor(out: string, plansDir: string, count: number) {
    this.#out = out;
    this.#plansDir = plansDir;
    this.#count = count;
  }

  /**
   * Input `index` has finished: its record, and its plan's share of the tables when it was parsed
   * in this run (null: an error, or a plan kept from an earlier run, which is read back). Never rejects.
   */
  add(index: number, record: InputRecord, tables: PlanTables | null): Promise<void> {
    this.#waiting.set(index, { record, tables });
    this.#chain = this.#chain.then(() => this.#flush()).catch((error: unknown) => {
      this.#failure ??= error;
    });
    return this.#chain;
  }

  /** Closes and renames the tables, writes inputs.csv, and returns the records as written (in input order). */
  async finish(): Promise<{ actions: number; records: InputRecord[] }> {
    await this.#chain;
    const streams = await this.#open().catch((error: unknown) => {
      this.#failure ??= error;
      return null;
    });
    if (streams) {
      for (const stream of streams) await stream.handle.close().catch((error: unknown) => (this.#failure ??= error));
      if (this.#failure === null) {
        for (const stream of streams) await rename(stream.temp, stream.path).catch((error: unknown) => (this.#failure ??= error));
      }
      for (const stream of streams) await rm(stream.temp, { force: true }).catch(() => undefined);
    }
    // inputs.csv is written even when the action tables could not be: every input keeps its row.
    await writeAtomic(join(this.#out, 'inputs.csv'), toCsv(INPUT_COLUMNS, this.#records));
    if (this.#failure !== null) throw this.#failure;
    return { actions: this.#actions, records: this.#records };
  }

  async #flush(): Promise<void> {
    for (let next = this.#records.length; next < this.#count && this.#waiting.has(next); next = this.#records.length) {
      const { record, tables } = this.#waiting.get(next)!;
      this.#waiting.delete(next);
      this.#records.push(await this.#write(record, tables));
    }
  }

  async #write(record: InputRecord, given: PlanTables | null): Promise<InputRecord> {
    if (record.status === 'error') return record;
    let tables = given;
    if (!tables) {
      try {
        tables = planTables(record.name, await readPlan(join(this.#plansDir, `${record.name}.plan.json`)));
      } catch (error) {
        // A plan that cannot be read back (removed or damaged since) makes its input's row an error.
        return { ...record, status: 'error', code: 'TC_IO', message: (error as Error).message, actions: 0 };
      }
    }
    this.#actions += tables.actions;
    if (this.#failure !== null) return record;
    try {
      const [jsonl, csv] = await this.#open();
      await jsonl.handle.write(tables.jsonl);
      await csv.handle.write(tables.csv);
    } catch (error) {
      this.#failure = error;
    }
    return record;
  }

  #open(): Promise<[Stream, Stream]> {
    this.#streams ??= Promise.all([
      openStream(join(this.#out, 'actions.jsonl'), ''),
      openStream(join(this.#out, 'actions.csv'), toCsv(ACTION_COLUMNS, [])),
    ]);
    return this.#streams;
  }
}

// Named like writeAtomic's temporary files, so a run killed midway leaves nothing another run keeps.
async function openStream(path: string, head: string): Promise<Stream> {
  const temp = tempPathFor(path);
  const handle = await open(temp, 'w');
  if (head) await handle.write(head);
  return { path, temp, handle };
}

async function readPlan(path: string): Promise<Plan> {
  try {
    return Plan.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    throw new TcError('TC_IO', `Cannot read back ${path}; rerun without --resume.`, { cause: error });
  }
}
