export { recognisePlan, type RecogniseOptions } from './recognise-plan.ts';
