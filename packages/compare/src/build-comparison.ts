import type { Action, Plan, Timeframe } from '@tc/model';
import { topicTaxonomy } from '@tc/themes';
import type { ComparedAction, ComparedPlan, Comparison, InstitutionFigures, SkippedInput, TopicFigures } from './comparison.ts';
import { clusterActions } from './cluster-actions.ts';
import { actionFigures } from './figures.ts';
import { findGaps } from './gaps.ts';
import { matchInstitution, type InstitutionRule } from './institution-map.ts';
import { actionPlace } from './place.ts';
import { groupRenditions, type RenditionGroup, type ResolvedPlan } from './renditions.ts';
import { timelineRows } from './timeline.ts';

/** One plan to compare and the file it was read from (the path shown and linked in the report). */
export interface CompareInput {
  file: string;
  plan: Plan;
}

/** How to compare. */
export interface CompareOptions {
  /** Institutions and periods for plans that name none, from an `--institutions` map. */
  institutions?: readonly InstitutionRule[];
  /** Inputs that could not be read, listed in the comparison. */
  skipped?: readonly SkippedInput[];
}

/**
 * Compares plans by institution: renditions of one plan are counted once, then each institution
 * gets its shares per theme and topic and the completeness of its actions. Deterministic: the same
 * inputs give the same comparison, whatever their order.
 */
export function buildComparison(inputs: readonly CompareInput[], options: CompareOptions = {}): Comparison {
  const rules = options.institutions ?? [];
  const resolved = [...inputs].sort((a, b) => compareText(a.file, b.file)).map((input) => resolve(input, rules));
  const groups = groupRenditions(resolved).map((group) => ({ group, institution: groupInstitution(group) }));
  groups.sort((a, b) => compareText(sortName(a.institution), sortName(b.institution)) || compareText(periodLabel(a.group.members[0]!.period), periodLabel(b.group.members[0]!.period)));

  const plans: ComparedPlan[] = groups.map(({ group, institution }, i) => {
    const counted = group.members[0]!;
    return {
      id: `p${i + 1}`,
      institution: institution.name,
      institutionFrom: institution.from,
      period: counted.period,
      file: counted.file,
      files: group.members.map((m) => m.file),
      mergedBy: group.mergedBy,
      layout: counted.plan.layout,
      actions: counted.plan.actions.length,
      confidence: counted.plan.confidence,
    };
  });

  const actions: ComparedAction[] = [];
  const byInstitution = new Map<string, { plans: ComparedPlan[]; actions: Action[] }>();
  groups.forEach(({ group }, i) => {
    const plan = plans[i]!;
    const counted = group.members[0]!;
    const entry = byInstitution.get(plan.institution) ?? { plans: [], actions: [] };
    entry.plans.push(plan);
    entry.actions.push(...counted.plan.actions);
    byInstitution.set(plan.institution, entry);
    for (const action of counted.plan.actions) actions.push(comparedAction(action, plan, counted.file));
  });
  const { clusters, clusterOf } = clusterActions(actions);
  actions.forEach((a, i) => (a.cluster = clusterOf[i]!));

  const figures = [...byInstitution.entries()].map(([name, entry]) => ({
    institution: name,
    named: entry.plans.some((p) => p.institutionFrom !== 'file'),
    plans: entry.plans.map((p) => p.id),
    periods: [...new Set(entry.plans.map((p) => periodLabel(p.period)).filter((p) => p !== ''))],
    ...actionFigures(entry.actions),
    distinctive: actions.filter((a) => a.institution === name && a.cluster === null).length,
  }));
  const topics = topicFigures(figures);
  const institutions: InstitutionFigures[] = figures.map((f) => ({ ...f, gaps: findGaps(f, figures, topics) }));

  return {
    version: 1,
    totals: {
      institutions: institutions.length,
      plans: plans.length,
      files: inputs.length,
      actions: actions.length,
      periods: [...new Set(plans.map((p) => periodLabel(p.period)).filter((p) => p !== ''))].sort(),
    },
    notes: notes(plans),
    plans,
    institutions,
    topics,
    clusters,
    timeline: timelineRows(actions, institutions.map((i) => i.institution)),
    actions,
    skipped: [...(options.skipped ?? [])],
  };
}

function resolve(input: CompareInput, rules: readonly InstitutionRule[]): ResolvedPlan {
  const rule = input.plan.institution === null || input.plan.period === null ? matchInstitution(rules, input.file) : null;
  const named = input.plan.institution ?? rule?.institution ?? null;
  return {
    file: input.file,
    plan: input.plan,
    institution: named ?? `unnamed: ${input.file}`,
    institutionFrom: input.plan.institution !== null ? 'plan' : named !== null ? 'map' : 'file',
    period: input.plan.period ?? rule?.period ?? null,
  };
}

// A group merged by its actions may join a named rendition with unnamed ones: the name wins.
function groupInstitution(group: RenditionGroup): { name: string; from: ResolvedPlan['institutionFrom'] } {
  const named = group.members.find((m) => m.institutionFrom === 'plan') ?? group.members.find((m) => m.institutionFrom === 'map') ?? group.members[0]!;
  return { name: named.institution, from: named.institutionFrom };
}

function comparedAction(action: Action, plan: ComparedPlan, file: string): ComparedAction {
  return {
    institution: plan.institution,
    plan: plan.id,
    id: action.id,
    ref: action.ref,
    title: action.title,
    themes: [...new Set(action.themes.map((t) => t.theme))],
    topics: action.topics.map((t) => t.topic),
    timeframe: action.timeframe,
    owners: action.owners.length,
    successMeasures: action.successMeasures.length,
    place: actionPlace(action, file),
    cluster: null,
  };
}

function topicFigures(institutions: ReadonlyArray<Pick<InstitutionFigures, 'topics'>>): TopicFigures[] {
  return topicTaxonomy().topics.map((topic) => {
    const having = institutions.filter((i) => (i.topics[topic.id] ?? 0) > 0).length;
    return {
      topic: topic.id,
      name: topic.name,
      themes: topic.themes,
      actions: institutions.reduce((sum, i) => sum + (i.topics[topic.id] ?? 0), 0),
      institutions: having,
      share: institutions.length === 0 ? 0 : Math.round((having / institutions.length) * 10_000) / 10_000,
    };
  });
}

function notes(plans: readonly ComparedPlan[]): string[] {
  const out: string[] = [];
  for (const plan of plans) {
    if (plan.files.length > 1) out.push(`${plan.institution}: ${plan.files.length} files read as one plan (same ${plan.mergedBy.map((m) => (m === 'actions' ? 'actions' : 'institution and period')).join(', ')}); counted ${plan.file}, merged ${plan.files.slice(1).join(', ')}.`);
  }
  const unnamed = plans.filter((p) => p.institutionFrom === 'file');
  if (unnamed.length > 0) out.push(`${unnamed.length} plan(s) name no institution and are labelled by their file: ${unnamed.map((p) => p.file).join(', ')}; name them with --institutions map.csv.`);
  return out;
}

/** A period as shown: its months when resolved (`2021-01 to 2023-12`), else as written. */
export function periodLabel(period: Timeframe | null): string {
  if (period === null) return '';
  if (period.start !== null && period.end !== null) return `${period.start} to ${period.end}`;
  return period.raw;
}

// Unnamed plans sort after the named institutions.
function sortName(institution: { name: string; from: string }): string {
  return `${institution.from === 'file' ? '1' : '0'}${institution.name.toLowerCase()}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
