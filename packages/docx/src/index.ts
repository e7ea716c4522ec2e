export { parseDocx, type ParseDocxOptions } from './parse-docx.ts';
export { DEFAULT_DOCX_LIMITS, type DocxLimits } from './zip-guard.ts';
