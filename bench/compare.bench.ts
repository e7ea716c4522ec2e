// `tc compare` at sector size: 150 made-up plans of 30 actions (4,500), their institutions and
// action titles from the layout zoo's gold files (fixtures/zoo, all invented). Goals: the compare
// step (buildComparison + renderReport) under 10 s, report.html under 5 MB.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Action, Plan, ThemeId } from '../packages/model/src/index.ts';

export const name = 'compare: 150 plans / 4,500 actions (goal: compare step < 10 s, report.html < 5 MB)';

interface Gold {
  institution: string | null;
  actions: Array<{ title: string; description: string | null; themes: ThemeId[] | null }>;
}

async function golds(): Promise<Gold[]> {
  const root = fileURLToPath(new URL('../fixtures/zoo', import.meta.url));
  const out: Gold[] = [];
  for (const family of (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const item of (await readdir(join(root, family))).sort()) {
      const text = await readFile(join(root, family, item, 'gold.json'), 'utf8').catch(() => null);
      if (text === null) continue;
      const gold = JSON.parse(text) as Gold & { kind?: string };
      if (gold.kind === 'plan' && gold.actions.length > 0) out.push(gold);
    }
  }
  return out;
}

async function sector(plans: number, perPlan: number): Promise<Array<{ file: string; plan: Plan }>> {
  const { tagTopics } = await import('../packages/themes/src/index.ts');
  const sources = await golds();
  const pool = sources.flatMap((g) => g.actions);
  let seed = 14;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: plans }, (_, k) => {
    const gold = sources[k % sources.length]!;
    const actions = Array.from({ length: perPlan }, (_, i): Action => {
      const a = pool[Math.floor(next() * pool.length)]!;
      const start = 2021 + Math.floor(next() * 4);
      return {
        id: `A${i + 1}`, ref: `A${i + 1}`, parentRef: null, title: a.title, description: a.description,
        themes: (a.themes ?? []).map((theme) => ({ theme, source: 'column' as const, confidence: 1 })),
        topics: tagTopics(a.title), timeframe: next() < 0.7 ? { raw: String(start), start: `${start}-01`, end: `${start}-12`, ongoing: false } : null,
        owners: next() < 0.6 ? [{ raw: 'HR', name: null }] : [], successMeasures: next() < 0.5 ? ['reported'] : [], supportingActions: [],
        status: null, comments: null, footnotes: [], extra: {}, provenance: [{ kind: 'text', start: { line: i + 3, column: 1, offset: 0 }, end: { line: i + 3, column: 9, offset: 8 } }], confidence: 0.8,
      };
    });
    const plan: Plan = {
      schemaVersion: '1.0', institution: `${gold.institution ?? 'Institution'} ${k + 1}`, title: null, period: null,
      source: { name: `plan-${k + 1}.txt`, format: 'text', sha256: '0'.repeat(64), pages: null }, layout: 'bench', confidence: 0.8,
      themes: [], actions, sections: [], glossary: [], footnotes: [], diagnostics: [],
    };
    return { file: `sector/plan-${k + 1}.txt`, plan };
  });
}

export async function run(): Promise<Array<Record<string, string | number>>> {
  const { buildComparison, renderReport } = await import('../packages/compare/src/index.ts');
  const inputs = await sector(150, 30);
  const rows: Array<Record<string, string | number>> = [];
  for (let round = 1; round <= 3; round++) {
    const t0 = performance.now();
    const comparison = buildComparison(inputs);
    const t1 = performance.now();
    const report = await renderReport(comparison);
    const t2 = performance.now();
    const bytes = Buffer.byteLength(report.html);
    rows.push({
      round, plans: comparison.totals.plans, actions: comparison.totals.actions, clusters: comparison.clusters.length,
      'largest cluster': Math.max(0, ...comparison.clusters.map((c) => c.actions.length)),
      'buildComparison ms': Math.round(t1 - t0), 'renderReport ms': Math.round(t2 - t1), 'compare step ms': Math.round(t2 - t0),
      'report.html MB': Math.round((bytes / 1e6) * 100) / 100, 'heap MB': Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    });
  }
  return rows;
}
