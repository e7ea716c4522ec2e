import { createHash } from 'node:crypto';
import type { Plan, Timeframe } from '@tc/model';

/** A plan file with the institution and period it is counted under. */
export interface ResolvedPlan {
  file: string;
  plan: Plan;
  institution: string;
  institutionFrom: 'plan' | 'map' | 'file';
  period: Timeframe | null;
}

/** The renditions of one plan: the one counted first, then the others. */
export interface RenditionGroup {
  members: ResolvedPlan[];
  mergedBy: Array<'actions' | 'institution-period'>;
}

/**
 * The content hash of a plan's actions: their titles, case and spacing folded, in order. Two files
 * with the same hash hold the same plan whatever their format; a plan with no actions has none.
 */
export function actionsHash(plan: Plan): string | null {
  if (plan.actions.length === 0) return null;
  const text = plan.actions.map((a) => a.title.toLowerCase().replace(/\s+/g, ' ').trim()).join('\n');
  return createHash('sha256').update(text).digest('hex');
}

/** A period as a key: its months when resolved, else its words; `''` when the plan states none. */
export function periodKey(period: Timeframe | null): string {
  if (period === null) return '';
  if (period.start !== null || period.end !== null) return `${period.start ?? ''}..${period.end ?? ''}`;
  return period.raw.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Groups files that are renditions of one plan: the same actions hash, or the same named
 * institution and period (an unnamed plan merges by its actions only). The counted member is the
 * best read one: highest recognition confidence, then most actions, then first path.
 */
export function groupRenditions(plans: readonly ResolvedPlan[]): RenditionGroup[] {
  const parent = plans.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const reasons = new Map<number, Set<'actions' | 'institution-period'>>();
  const join = (a: number, b: number, why: 'actions' | 'institution-period') => {
    const ra = find(a);
    const rb = find(b);
    const merged = new Set([...(reasons.get(ra) ?? []), ...(reasons.get(rb) ?? []), why]);
    parent[rb] = ra;
    reasons.set(ra, merged);
  };
  const byKey = (key: (p: ResolvedPlan) => string | null, why: 'actions' | 'institution-period') => {
    const first = new Map<string, number>();
    plans.forEach((p, i) => {
      const k = key(p);
      if (k === null) return;
      const seen = first.get(k);
      if (seen === undefined) first.set(k, i);
      else if (find(seen) !== find(i)) join(seen, i, why);
    });
  };
  byKey((p) => actionsHash(p.plan), 'actions');
  byKey((p) => (p.institutionFrom === 'file' ? null : `${p.institution}\u0000${periodKey(p.period)}`), 'institution-period');

  const groups = new Map<number, ResolvedPlan[]>();
  plans.forEach((p, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), p]);
  });
  return [...groups.entries()].map(([root, members]) => ({
    members: [...members].sort(
      (a, b) => b.plan.confidence - a.plan.confidence || b.plan.actions.length - a.plan.actions.length || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    ),
    mergedBy: [...(reasons.get(root) ?? [])].sort(),
  }));
}
