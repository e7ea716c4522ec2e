// A conference programme: a time / session / speaker table (or timed lines), a choice of
// workshops with verb-led titles, and practical information. Session rows look like table rows of
// a plan with a "Lead" column.
import { INSTITUTIONS } from '../content/action-pool.ts';
import type { NotPlanKind } from '../not-plan.ts';
import type { ZooBlock } from '../zoo-doc.ts';
import { fieldLine, list, notPlanStyle, para, rowsBlock, title } from './doc-builders.ts';
import { pickPeople, ROOMS } from './names.ts';

const TALKS: readonly string[] = [
  'From apprentice to facility manager: one career in five posts',
  'Keeping an ageing microscope fleet running',
  'What students notice about teaching laboratories',
  'Making shared equipment easier to book',
  'Lessons from moving a workshop into a new building',
  'Registration stories: three technicians, three routes',
];

const WORKSHOPS: readonly string[] = [
  'Prepare your professional registration application',
  'Introduce 3D printing into practical classes',
  'Write a risk assessment people actually read',
  'Photograph your work for a portfolio',
  'Plan a safe handover before a long absence',
];

export const eventProgramme: NotPlanKind = {
  id: 'event-programme',
  description:
    'A technical staff conference programme: a time / session / speaker / room table, verb-led workshop titles and practical details.',
  render(variant, random) {
    const style = notPlanStyle(variant);
    const institution = random.pick(INSTITUTIONS);
    const year = random.int(2023, 2026);
    const speakers = pickPeople(random, 6);
    const talks = random.sample(TALKS, 4);
    const docTitle = `Technical Staff Conference ${year} — Programme`;
    const morning = [
      ['09:00', 'Registration and coffee', '', 'Atrium'],
      ['09:30', 'Welcome', `${speakers[0]!.name}, ${speakers[0]!.role}`, 'Cedar Lecture Theatre'],
      ['09:45', talks[0]!, speakers[1]!.name, 'Cedar Lecture Theatre'],
      ['10:30', talks[1]!, speakers[2]!.name, 'Cedar Lecture Theatre'],
      ['11:15', 'Break and poster session', '', 'Atrium'],
    ];
    const afternoon = [
      ['13:30', talks[2]!, speakers[3]!.name, 'Cedar Lecture Theatre'],
      ['14:15', 'Workshops (see below)', 'Various', random.pick(ROOMS)],
      ['15:30', talks[3]!, speakers[4]!.name, 'Cedar Lecture Theatre'],
      ['16:15', 'Prizes for the best posters and close', speakers[5]!.name, 'Cedar Lecture Theatre'],
    ];
    const header = ['Time', 'Session', 'Speaker', 'Room'];
    const blocks: ZooBlock[] = [
      { kind: 'heading', level: 1, text: docTitle },
      para(`${random.int(1, 28)} June ${year}, ${institution}. Open to all technical staff; lunch is provided.`),
      title(style, 'Morning'),
      rowsBlock(style, header, morning),
      title(style, 'Lunch'),
      para('12:15–13:30 in the Atrium, with stands from suppliers and professional bodies.'),
      title(style, 'Afternoon'),
      rowsBlock(style, header, afternoon),
      title(style, 'Workshops'),
      para('Choose one workshop when you register; places are limited to twenty in each.'),
      list(style, random.sample(WORKSHOPS, 4)),
      title(style, 'Practical information'),
      fieldLine('Registration closes', `${random.int(1, 28)} May ${year}`),
      fieldLine('Accessibility', 'All rooms are step-free; tell us about any requirements when you register.'),
    ];
    return { title: docTitle, blocks, header: `Technical Staff Conference ${year}`, text: style.text };
  },
};
