// The zoo build: every family's variants and every not-plan kind rendered to text, markdown,
// Word and PDF with a gold file, under fixtures/zoo/. Run through build.ts (`pnpm zoo:build`).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { makePlan } from './content/make-plan.ts';
import type { LayoutFamily } from './family.ts';
import type { Gold } from './gold.ts';
import type { NotPlanKind } from './not-plan.ts';
import { ProducerChooser } from './producers.ts';
import { Random } from './random.ts';
import { seedOf } from './seed-hash.ts';
import { runPool } from './task-pool.ts';
import { applyTextVariation, textOptions, textVariationFor } from './text-variation.ts';
import { writeEntry, type Entry } from './write-entry.ts';
import { renderText } from './writers/text-writer.ts';
import type { ZooDocument } from './zoo-doc.ts';

export const VARIANTS = 5;
export const NOT_PLAN_VARIANTS = 2;
export const NOT_PLANS_DIR = 'not-plans';

export interface BuildOptions {
  /** Only this family (or 'not-plans' for the not-plans only). */
  family: string | null;
  pdf: boolean;
  jobs: number;
  outDir: string;
  log: (line: string) => void;
}

export function parseArgs(argv: readonly string[], outDir: string, log: (line: string) => void): BuildOptions {
  const options: BuildOptions = { family: null, pdf: true, jobs: 1, outDir, log };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--no-pdf') options.pdf = false;
    else if (arg === '--family') options.family = argv[++i] ?? null;
    else if (arg.startsWith('--family=')) options.family = arg.slice('--family='.length);
    else if (arg === '--jobs') options.jobs = Number(argv[++i]);
    else if (arg.startsWith('--jobs=')) options.jobs = Number(arg.slice('--jobs='.length));
    else throw new Error(`unknown option ${arg} (options: --family ID, --no-pdf, --jobs N)`);
  }
  if (!Number.isInteger(options.jobs) || options.jobs < 1) throw new Error('--jobs needs a whole number ≥ 1');
  return options;
}

/** The document with its text variation, and the build's own dimensions for the gold file. */
function vary(id: string, variant: number, doc: ZooDocument): { doc: ZooDocument; text: string } {
  const variation = textVariationFor(id, variant);
  const applied = applyTextVariation(doc, textOptions(variation, doc.title, seedOf(id, variant, 'email')));
  return { doc: applied.doc, text: applied.name };
}

function familyEntries(family: LayoutFamily, options: BuildOptions, chooser: ProducerChooser): Entry[] {
  const entries: Entry[] = [];
  for (let variant = 0; variant < VARIANTS; variant++) {
    const plan = makePlan(seedOf(family.id, variant), { children: true });
    const out = family.render(plan, variant, new Random(seedOf(family.id, variant, 'layout')));
    const { doc, text } = vary(family.id, variant, out.doc);
    const producers = chooser.choose(family.id, variant, doc);
    // The institution counts as found only where the document prints it.
    const printed = renderText({ ...doc, text: {} }).includes(plan.institution) || [doc.header, doc.footer].some((f) => f?.includes(plan.institution));
    const gold: Gold = {
      kind: 'plan',
      family: family.id,
      dimensions: { ...out.dimensions, textVariation: text, pdfProducer: producers.pdf ?? 'none', docxProducer: producers.docx },
      institution: printed ? plan.institution : null,
      actions: out.gold,
    };
    const name = `${family.id}/${String(variant).padStart(2, '0')}`;
    entries.push({ dir: join(options.outDir, name), name, doc, gold, producers });
  }
  return entries;
}

function notPlanEntries(kind: NotPlanKind, options: BuildOptions, chooser: ProducerChooser): Entry[] {
  const entries: Entry[] = [];
  for (let variant = 0; variant < NOT_PLAN_VARIANTS; variant++) {
    const rendered = kind.render(variant, new Random(seedOf(NOT_PLANS_DIR, kind.id, variant)));
    const { doc, text } = vary(kind.id, variant, rendered);
    const producers = chooser.choose(kind.id, variant, doc);
    const gold: Gold = {
      kind: 'not-plan',
      family: kind.id,
      dimensions: { notPlan: kind.id, textVariation: text, pdfProducer: producers.pdf ?? 'none', docxProducer: producers.docx },
      institution: null,
      actions: [],
    };
    const name = `${NOT_PLANS_DIR}/${kind.id}-${variant}`;
    entries.push({ dir: join(options.outDir, name), name, doc, gold, producers });
  }
  return entries;
}

/** Folders under the zoo that no family or not-plan kind writes any more (left in place, reported). */
function staleFolders(outDir: string, families: readonly LayoutFamily[], notPlans: readonly NotPlanKind[]): string[] {
  const known = new Set([...families.map((f) => f.id), NOT_PLANS_DIR]);
  const list = (dir: string): string[] => {
    try {
      return readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    } catch {
      return [];
    }
  };
  const stale = list(outDir).filter((d) => !known.has(d));
  const kinds = new Set(notPlans.flatMap((k) => Array.from({ length: NOT_PLAN_VARIANTS }, (_, v) => `${k.id}-${v}`)));
  stale.push(...list(join(outDir, NOT_PLANS_DIR)).filter((d) => !kinds.has(d)).map((d) => `${NOT_PLANS_DIR}/${d}`));
  for (const f of families) {
    stale.push(...list(join(outDir, f.id)).filter((d) => !/^\d\d$/.test(d) || Number(d) >= VARIANTS).map((d) => `${f.id}/${d}`));
  }
  return stale;
}

/** Builds the zoo; resolves to the number of documents that failed. */
export async function buildZoo(families: readonly LayoutFamily[], notPlans: readonly NotPlanKind[], options: BuildOptions): Promise<number> {
  const { log } = options;
  const ids = [...families.map((f) => f.id), NOT_PLANS_DIR];
  if (options.family !== null && !ids.includes(options.family)) throw new Error(`no family "${options.family}"; known: ${ids.join(', ')}`);
  const chooser = new ProducerChooser((m) => log(`note: ${m}`));
  const entries: Entry[] = [];
  let failed = 0;
  const fail = (name: string, error: unknown): void => {
    failed++;
    log(`FAILED ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  };
  for (const family of families) {
    if (options.family !== null && options.family !== family.id) continue;
    try {
      entries.push(...familyEntries(family, options, chooser));
    } catch (error) {
      fail(family.id, error);
    }
  }
  if (options.family === null || options.family === NOT_PLANS_DIR) {
    for (const kind of notPlans) {
      try {
        entries.push(...notPlanEntries(kind, options, chooser));
      } catch (error) {
        fail(`${NOT_PLANS_DIR}/${kind.id}`, error);
      }
    }
  }
  const started = Date.now();
  await runPool(entries, options.jobs, async (entry, slot) => {
    try {
      await writeEntry(entry, { pdf: options.pdf, slot });
      log(`${entry.name}  text=${entry.gold.dimensions.textVariation} pdf=${options.pdf ? (entry.producers.pdf ?? 'none') : 'skipped'} docx=${entry.producers.docx}`);
    } catch (error) {
      fail(entry.name, error);
    }
  });
  const count = (key: string): string => {
    const tally = new Map<string, number>();
    for (const e of entries) tally.set(e.gold.dimensions[key]!, (tally.get(e.gold.dimensions[key]!) ?? 0) + 1);
    return [...tally].sort().map(([k, n]) => `${k} ${n}`).join(', ');
  };
  log(`\n${entries.length - failed} of ${entries.length} documents written to ${options.outDir} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  log(`PDF producers: ${count('pdfProducer')}${options.pdf ? '' : ' (PDFs not rewritten: --no-pdf)'}`);
  log(`Word producers: ${count('docxProducer')}`);
  if (options.family === null) {
    const stale = staleFolders(options.outDir, families, notPlans);
    if (stale.length > 0) log(`stale folders no family writes (delete them by hand): ${stale.join(', ')}`);
  }
  return failed;
}
