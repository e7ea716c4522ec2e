import type { ActionCluster, ComparedAction } from './comparison.ts';
import { indexTexts, SIMILAR_COSINE, similarPairs } from './text-similarity.ts';

/** The clusters of similar actions across institutions, and each action's cluster id (null: none). */
export interface Clustering {
  clusters: ActionCluster[];
  clusterOf: Array<string | null>;
}

/**
 * Clusters actions of different institutions whose titles are similar (see `similarity`): every
 * similar pair across two institutions links its actions, and linked actions form a cluster
 * (single linkage). Pairs within one institution are not followed, so an institution's own related
 * actions do not chain into one cluster. An action in no cluster is distinctive: no other
 * institution has a similar one.
 */
export function clusterActions(actions: readonly ComparedAction[]): Clustering {
  const index = indexTexts(
    actions.map((a) => a.title),
    actions.map((a) => a.topics),
  );
  const pairs = similarPairs(index, SIMILAR_COSINE, (i, j) => actions[i]!.institution !== actions[j]!.institution);
  const parent = actions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const centrality = new Array<number>(actions.length).fill(0);
  const linkSum = new Map<number, { sum: number; n: number }>();
  for (const [i, j, s] of pairs) {
    centrality[i]! += s;
    centrality[j]! += s;
    const [ri, rj] = [find(i), find(j)];
    if (ri !== rj) parent[rj] = ri;
  }
  for (const [i, , s] of pairs) {
    const root = find(i);
    const entry = linkSum.get(root) ?? { sum: 0, n: 0 };
    linkSum.set(root, { sum: entry.sum + s, n: entry.n + 1 });
  }
  const members = new Map<number, number[]>();
  actions.forEach((_, i) => {
    if (centrality[i] === 0) return;
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  });
  const groups = [...members.entries()].map(([root, ids]) => {
    // The representative is the most linked member: the action the others resemble most.
    const rep = [...ids].sort((a, b) => centrality[b]! - centrality[a]! || actions[a]!.title.length - actions[b]!.title.length || a - b)[0]!;
    const institutions = [...new Set(ids.map((i) => actions[i]!.institution))].sort();
    const links = linkSum.get(root)!;
    return { ids, rep, institutions, mean: Math.round((links.sum / links.n) * 1000) / 1000 };
  });
  groups.sort((a, b) => b.institutions.length - a.institutions.length || b.ids.length - a.ids.length || compareText(actions[a.rep]!.title, actions[b.rep]!.title));

  const clusterOf: Array<string | null> = actions.map(() => null);
  const clusters = groups.map((g, k): ActionCluster => {
    const id = `c${k + 1}`;
    for (const i of g.ids) clusterOf[i] = id;
    const rep = actions[g.rep]!;
    return {
      id,
      title: rep.title,
      representative: { plan: rep.plan, id: rep.id },
      institutions: g.institutions,
      actions: g.ids.map((i) => ({ institution: actions[i]!.institution, plan: actions[i]!.plan, id: actions[i]!.id, title: actions[i]!.title })),
      meanSimilarity: g.mean,
    };
  });
  return { clusters, clusterOf };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
