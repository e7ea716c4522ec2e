import * as z from 'zod';
import { Diagnostic } from './diagnostic.ts';
import { Provenance } from './provenance.ts';
import { SOURCE_FORMATS } from './source-format.ts';
import { ThemeId, TopicId } from './theme-id.ts';

const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

/** When an action happens, as printed (`raw`) and resolved to months where the text allows. */
export const Timeframe = z.object({
  raw: z.string(),
  start: YearMonth.nullable(),
  end: YearMonth.nullable(),
  ongoing: z.boolean(),
});
export type Timeframe = z.infer<typeof Timeframe>;

/** How a theme was attached to an action. */
export const ThemeSource = z.enum(['tick', 'column', 'section', 'label', 'code', 'classifier']);
export type ThemeSource = z.infer<typeof ThemeSource>;

export const ActionTheme = z.object({
  theme: ThemeId,
  source: ThemeSource,
  confidence: z.number().min(0).max(1),
});
export type ActionTheme = z.infer<typeof ActionTheme>;

export const Owner = z.object({
  raw: z.string().describe('the owner as printed'),
  name: z.string().nullable().describe('expanded from the plan key where it defines the abbreviation'),
});
export type Owner = z.infer<typeof Owner>;

export const Rag = z.enum(['red', 'amber', 'green', 'complete']);
export const Status = z.object({ raw: z.string(), rag: Rag.nullable() });
export type Status = z.infer<typeof Status>;

/** A topic an action is about, with the words that show it. */
export const ActionTopic = z.object({
  topic: TopicId,
  confidence: z.number().min(0).max(1).describe('how strongly the action\'s words signal the topic'),
  evidence: z.array(z.string()).describe('the words of the action that signal the topic, as written'),
});
export type ActionTopic = z.infer<typeof ActionTopic>;

/** One action of a plan. */
export const Action = z.object({
  id: z.string().min(1).describe('stable and unique within the plan; generated where the plan prints no ref'),
  ref: z.string().nullable().describe('exactly as printed, e.g. "12", "V1a", "CD2c"'),
  parentRef: z.string().nullable().describe('the id of the parent action'),
  title: z.string(),
  description: z.string().nullable(),
  themes: z.array(ActionTheme),
  topics: z.array(ActionTopic).describe('what the action is about, in the topics of the @tc/themes taxonomy; most evident first'),
  timeframe: Timeframe.nullable(),
  owners: z.array(Owner),
  successMeasures: z.array(z.string()),
  supportingActions: z.array(z.string()),
  status: Status.nullable(),
  comments: z.string().nullable(),
  footnotes: z.array(z.string()).describe('footnote marks attached to the action'),
  extra: z.record(z.string(), z.string()).describe('fields the plan has that the model does not, by column or label'),
  provenance: z.array(Provenance),
  confidence: z
    .number()
    .min(0)
    .max(1)
    .describe('how sure the recogniser is of this action as read: the quality of the reading it came from (below 0.6: check by eye)'),
});
export type Action = z.infer<typeof Action>;

export const PlanTheme = z.object({
  theme: ThemeId,
  label: z.string(),
  definition: z.string().nullable(),
});
export type PlanTheme = z.infer<typeof PlanTheme>;

export const Section = z.object({
  heading: z.string().nullable(),
  text: z.string(),
  theme: ThemeId.nullable(),
  provenance: z.array(Provenance),
});
export type Section = z.infer<typeof Section>;

export const SourceFormat = z.enum(SOURCE_FORMATS);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const PlanSource = z.object({
  name: z.string(),
  format: SourceFormat,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.int().min(0).nullable(),
});
export type PlanSource = z.infer<typeof PlanSource>;

/** The canonical, validated form of one Technician Commitment action plan. */
export const Plan = z.object({
  schemaVersion: z.literal('1.0'),
  institution: z.string().nullable(),
  title: z.string().nullable(),
  period: Timeframe.nullable(),
  source: PlanSource,
  layout: z.string().describe('the recogniser that read the plan'),
  confidence: z.number().min(0).max(1).describe("recognition confidence: the mean of the actions' confidence (0 when none was found)"),
  themes: z.array(PlanTheme).describe('the themes as the plan itself defines them'),
  actions: z.array(Action),
  sections: z.array(Section),
  glossary: z.array(z.object({ term: z.string(), expansion: z.string() })),
  footnotes: z.array(z.object({ mark: z.string(), text: z.string() })),
  diagnostics: z.array(Diagnostic),
});
export type Plan = z.infer<typeof Plan>;
