// The recorded figures: the full zoo per family × format (for docs/layouts.md) and the CI sample's
// per cell (for the ratchet test). Figures may only go up: `compareFigures` names every drop.
import * as z from 'zod';
import type { Cells } from './evaluate.ts';
import { f1, ratio, type Tally } from './score.ts';

const Figure = z.number().min(0).max(1).nullable();
export const CellFigures = z.object({
  documents: z.int(),
  gold: z.int(),
  predicted: z.int(),
  matched: z.int(),
  f1: Figure,
  refs: Figure,
  themes: Figure,
  timeframes: Figure,
  owners: Figure,
  falseOnNotPlans: z.int(),
  errors: z.record(z.string(), z.int()),
});
export type CellFigures = z.infer<typeof CellFigures>;

const Table = z.record(z.string(), z.record(z.string(), CellFigures));
export const Scoreboard = z.object({
  /** Figures over the whole zoo, family → format → figures. */
  full: Table,
  /** Figures over the CI sample only (what the ratchet test recomputes). */
  sample: Table,
});
export type Scoreboard = z.infer<typeof Scoreboard>;

const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 10000) / 10000);

export function cellFigures(t: Tally): CellFigures {
  return {
    documents: t.documents,
    gold: t.gold,
    predicted: t.predicted,
    matched: t.matched,
    f1: round(f1(t)),
    refs: round(ratio(t.refs)),
    themes: round(ratio(t.themes)),
    timeframes: round(ratio(t.timeframes)),
    owners: round(ratio(t.owners)),
    falseOnNotPlans: t.falseOnNotPlans,
    errors: t.errors,
  };
}

export function tableOf(cells: Cells): Record<string, Record<string, CellFigures>> {
  const out: Record<string, Record<string, CellFigures>> = {};
  for (const [family, row] of Object.entries(cells)) {
    out[family] = {};
    for (const [format, tally] of Object.entries(row)) if (tally) out[family][format] = cellFigures(tally);
  }
  return out;
}

export const RATCHETED = ['f1', 'refs', 'themes', 'timeframes', 'owners'] as const;

/** Every figure of `now` below its recorded value in `before` (and not-plan false actions above it). */
export function compareFigures(before: Record<string, Record<string, CellFigures>>, now: Record<string, Record<string, CellFigures>>): string[] {
  const drops: string[] = [];
  for (const [family, row] of Object.entries(before)) {
    for (const [format, was] of Object.entries(row)) {
      const is = now[family]?.[format];
      if (!is) {
        drops.push(`${family} × ${format}: no longer measured`);
        continue;
      }
      for (const key of RATCHETED) {
        const a = was[key];
        const b = is[key];
        if (a !== null && (b === null || b < a - 1e-9)) drops.push(`${family} × ${format}: ${key} ${a} → ${b}`);
      }
      if (is.falseOnNotPlans > was.falseOnNotPlans) drops.push(`${family} × ${format}: false actions ${was.falseOnNotPlans} → ${is.falseOnNotPlans}`);
    }
  }
  return drops;
}
