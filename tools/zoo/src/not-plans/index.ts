// Every not-plan kind, in the order the zoo builds and reports them.
import type { NotPlanKind } from '../not-plan.ts';
import { annualReport } from './annual-report.ts';
import { eventProgramme } from './event-programme.ts';
import { jobAdvert } from './job-advert.ts';
import { meetingMinutes } from './meeting-minutes.ts';
import { newsletter } from './newsletter.ts';
import { policy } from './policy.ts';
import { selfAssessment } from './self-assessment.ts';

export const NOT_PLAN_KINDS: readonly NotPlanKind[] = [
  meetingMinutes,
  newsletter,
  jobAdvert,
  policy,
  selfAssessment,
  eventProgramme,
  annualReport,
];
