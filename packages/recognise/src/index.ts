export { recognisePlan } from './recognise-plan.ts';
