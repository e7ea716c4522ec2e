// Every layout family of the zoo, in the order the report lists them: tables first, then lists,
// sections and paragraphs. And the not-plans.
import type { LayoutFamily } from '../family.ts';
import { NOT_PLAN_KINDS } from '../not-plans/index.ts';
import type { NotPlanKind } from '../not-plan.ts';
import { bulletedList } from './bulleted-list.ts';
import { codedList } from './coded-list.ts';
import { dashTitleNarrative } from './dash-title-narrative.ts';
import { fieldValueTables } from './field-value-tables.ts';
import { flattenedTable } from './flattened-table.ts';
import { headerTable } from './header-table.ts';
import { headingPerAction } from './heading-per-action.ts';
import { inlineFields } from './inline-fields.ts';
import { labelledBlocks } from './labelled-blocks.ts';
import { nestedFieldBullets } from './nested-field-bullets.ts';
import { numberedList } from './numbered-list.ts';
import { objectiveHierarchy } from './objective-hierarchy.ts';
import { pipeTableLoose } from './pipe-table-loose.ts';
import { refLedParagraphs } from './ref-led-paragraphs.ts';
import { spaceAlignedTable } from './space-aligned-table.ts';
import { tablePerTheme } from './table-per-theme.ts';
import { themeDefinitionSections } from './theme-definition-sections.ts';
import { themeSpanTable } from './theme-span-table.ts';
import { tickGrid } from './tick-grid.ts';
import { titleColonDetail } from './title-colon-detail.ts';
import { wordAutonumber } from './word-autonumber.ts';
import { yearLists } from './year-lists.ts';

export const FAMILIES: readonly LayoutFamily[] = [
  headerTable, tickGrid, themeSpanTable, tablePerTheme, fieldValueTables, flattenedTable, pipeTableLoose, spaceAlignedTable,
  numberedList, bulletedList, nestedFieldBullets, titleColonDetail, headingPerAction, refLedParagraphs, dashTitleNarrative,
  labelledBlocks, wordAutonumber, themeDefinitionSections, inlineFields, yearLists, objectiveHierarchy, codedList,
];

export const NOT_PLANS: readonly NotPlanKind[] = NOT_PLAN_KINDS;
