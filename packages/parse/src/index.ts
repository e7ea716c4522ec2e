import './runtime-check.ts';
export { parsePlan, type ParseOptions, type ParseProgress, type ParseResult } from './parse-plan.ts';
export type { PlanInput } from './read-input.ts';
export { sniffFormat, type SniffedFormat } from './sniff-format.ts';
export { DEFAULT_LIMITS } from './limits.ts';
export { TC_ERROR_CODES, TcError, isTcError, type TcErrorCode } from '@tc/model/lite';
export type { Action, ActionTheme, ActionTopic, Diagnostic, DiagnosticCode, LayoutDocument, Plan, PlanSource, Provenance } from '@tc/model';
