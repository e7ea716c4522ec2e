export { recognisePlan, type RecogniseOptions } from './recognise-plan.ts';
export { inspectPlan, type Inspection, type InspectedBlock, type ReadingSummary } from './inspect-plan.ts';
