import { fieldRole } from '../packages/recognise/src/fields/field-role.ts';
import { parseTimeframe } from '../packages/recognise/src/fields/timeframe.ts';
for (const h of ['Lead(s)', 'Theme(s)', 'Owner(s)', 'Target date / timescale', 'By when?', 'Who', 'Status (RAG)', 'Success criteria / KPIs', 'Responsible', 'Deliverables', 'Milestones', 'Outcome/Impact', 'Key actions', 'What', 'Progress to date', 'Measure of success', 'Action(s)', 'Resources needed', 'Evidence of impact', 'Priority'])
  console.log(h.padEnd(28), fieldRole(h));
const ctx = { period: null, phases: new Map() };
for (const t of ['Dec-24', '31/12/2024', 'Q3 2024', '2024/25', '2025', '2024-2026', 'Annually', 'By end of 2025', 'Summer 2024', 'Sept 2024 - July 2025', 'ongoing from March 2024'])
  console.log(t.padEnd(28), JSON.stringify(parseTimeframe(t, ctx)));
