export { parsePlan, type ParseOptions, type ParseResult } from './parse-plan.ts';
export { sniffFormat, type SniffedFormat } from './sniff-format.ts';
export { DEFAULT_LIMITS } from './limits.ts';
