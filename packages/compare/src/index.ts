export { ActionCluster, Comparison, ComparedAction, ComparedPlan, InstitutionFigures, Place, Share, SkippedInput, TimelineRow, TopicFigures } from './comparison.ts';
export { buildComparison, periodLabel, type CompareInput, type CompareOptions } from './build-comparison.ts';
export { matchInstitution, parseInstitutionMap, parsePeriod, type InstitutionRule } from './institution-map.ts';
export { actionsHash } from './renditions.ts';
export { CLUSTER_COLUMNS, INSTITUTION_COLUMNS, THEME_COLUMNS, TOPIC_COLUMNS, themeRows, topicRows, type TableColumn, type ThemeRow, type TopicRow } from './table-columns.ts';
export { renderTable } from './terminal-table.ts';
export { SIMILAR_COSINE } from './text-similarity.ts';
export { GAP_SECTOR_SHARE } from './gaps.ts';
export { renderReport, type Report, type ReportOptions } from './report/render-report.ts';
