import { THEME_IDS, type ThemeId } from '@tc/model';
import { Random } from '../random.ts';
import type { ZooAction, ZooPlan } from '../zoo-plan.ts';
import { ACTION_POOL, INSTITUTIONS, INTRO_SENTENCES, OWNERS, STATUSES } from './action-pool.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A timeframe as plans print them, inside the plan period. */
function timeframe(random: Random, start: number, end: number): string {
  const year = random.int(start, end);
  const month = random.pick(MONTHS);
  const shapes: Array<() => string> = [
    () => `By ${month} ${year}`,
    () => `${month} ${year}`,
    () => `Q${random.int(1, 4)} ${year}`,
    () => 'Ongoing',
    () => `${year}–${year + 1}`,
    () => `Year ${random.int(1, 3)}`,
    () => `${random.pick(['Spring', 'Summer', 'Autumn'])} ${year}`,
    () => `${String(random.int(1, 28)).padStart(2, '0')}/${String(random.int(1, 12)).padStart(2, '0')}/${year}`,
    () => 'Annually',
  ];
  return random.pick(shapes)();
}

function makeAction(random: Random, theme: ThemeId, entry: readonly [string, string, string], start: number, end: number): ZooAction {
  const others = THEME_IDS.filter((t) => t !== theme);
  const extra = random.chance(0.35) ? random.sample(others, random.int(1, 2)) : [];
  return {
    title: entry[0],
    description: entry[1],
    themes: [theme, ...extra],
    timeframe: timeframe(random, start, end),
    owners: random.sample(OWNERS, random.chance(0.3) ? 2 : 1),
    measure: entry[2],
    status: random.chance(0.7) ? random.pick(STATUSES) : null,
    children: [],
  };
}

/** Options of {@link makePlan}. */
export interface MakePlanOptions {
  /** Actions per theme (default: 2–4 drawn from the seed). */
  perTheme?: number;
  /** Give some actions 2–3 sub-actions (for layouts with 1.1 / V1a refs). */
  children?: boolean;
}

/**
 * Draws a made-up plan from a seed: an invented institution, a period, an intro, and actions
 * grouped by main theme in the order Visibility, Recognition, Career Development, Sustainability.
 */
export function makePlan(seed: number, options: MakePlanOptions = {}): ZooPlan {
  const random = new Random(seed);
  const start = random.int(2022, 2026);
  const end = start + random.int(2, 4);
  const actions: ZooAction[] = [];
  for (const theme of THEME_IDS) {
    const n = options.perTheme ?? random.int(2, 4);
    for (const entry of random.sample(ACTION_POOL[theme], n)) {
      const action = makeAction(random, theme, entry, start, end);
      if (options.children && random.chance(0.3)) {
        const kids = random.sample(ACTION_POOL[theme].filter((e) => e !== entry), random.int(2, 3));
        action.children = kids.map((k) => ({ ...makeAction(random, theme, k, start, end), themes: [theme] }));
      }
      actions.push(action);
    }
  }
  return {
    seed,
    institution: random.pick(INSTITUTIONS),
    title: `Technician Commitment Action Plan ${start}–${end}`,
    period: { start, end },
    intro: random.sample(INTRO_SENTENCES, random.int(1, 3)),
    actions,
  };
}
