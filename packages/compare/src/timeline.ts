import type { ComparedAction, TimelineRow } from './comparison.ts';

/**
 * When an institution's actions fall due: by the year of their timeframe's end (its start when it
 * has no end), `ongoing` for ongoing actions without dates, `none` without a timeframe or a date.
 */
export function timelineRows(actions: readonly ComparedAction[], institutions: readonly string[]): TimelineRow[] {
  const counts = new Map<string, number>();
  for (const action of actions) {
    const key = `${action.institution}\u0000${dueBucket(action)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const buckets = [...new Set([...counts.keys()].map((k) => k.split('\u0000')[1]!))].sort(bucketOrder);
  return institutions.flatMap((institution) =>
    buckets.map((due) => ({ institution, due, actions: counts.get(`${institution}\u0000${due}`) ?? 0 })).filter((r) => r.actions > 0),
  );
}

function dueBucket(action: ComparedAction): string {
  const t = action.timeframe;
  const month = t?.end ?? t?.start ?? null;
  if (month !== null) return month.slice(0, 4);
  return t?.ongoing ? 'ongoing' : 'none';
}

// Years in order, then ongoing, then none.
function bucketOrder(a: string, b: string): number {
  const rank = (x: string) => (x === 'ongoing' ? 1 : x === 'none' ? 2 : 0);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
