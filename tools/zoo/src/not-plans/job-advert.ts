// A technician job advert: responsibilities as verb-led bullets ("Maintain laboratory equipment"),
// essential and desirable criteria, "how to apply" steps and a closing date. Every bullet reads
// like an action and the criteria table has columns a reader may take for fields.
import { INSTITUTIONS } from '../content/action-pool.ts';
import type { NotPlanKind } from '../not-plan.ts';
import type { ZooBlock } from '../zoo-doc.ts';
import { fieldLine, list, notPlanStyle, para, table, title } from './doc-builders.ts';
import { DEPARTMENTS, pickPeople } from './names.ts';

const POSTS: readonly string[] = ['Laboratory Technician', 'Teaching Laboratory Technician', 'Workshop Technician', 'Research Technician', 'Media Production Technician'];

const RESPONSIBILITIES: readonly string[] = [
  'Maintain laboratory equipment and arrange servicing with external engineers',
  'Support teaching sessions by preparing practical classes and assisting students',
  'Prepare solutions, media and samples to agreed procedures',
  'Keep accurate records of stock, waste and equipment use',
  'Carry out risk assessments for routine technical work',
  'Order consumables within the budget set by the technical manager',
  'Train students and new staff in the safe use of equipment',
  'Help plan the timetable of practical classes with academic colleagues',
];

const ESSENTIAL: readonly string[] = [
  'A level 3 qualification in a science subject, or equivalent experience',
  'Experience of working in a laboratory or workshop',
  'Good organisation and record keeping',
  'Ability to explain technical tasks clearly to students',
];

const DESIRABLE: readonly string[] = [
  'Professional registration as a science technician',
  'Experience of supporting undergraduate teaching',
  'First aid certificate',
];

const ASSESSED = ['Application', 'Interview', 'Application and interview'];

// Grouped by hand: toLocaleString depends on the ICU data Node was built with.
const pounds = (n: number): string => `£${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

export const jobAdvert: NotPlanKind = {
  id: 'job-advert',
  description:
    'A technician job advert: verb-led responsibility bullets, essential/desirable criteria, how-to-apply steps and a closing date.',
  render(variant, random) {
    const style = notPlanStyle(variant);
    const institution = random.pick(INSTITUTIONS);
    const post = random.pick(POSTS);
    const department = random.pick(DEPARTMENTS);
    const year = random.int(2023, 2026);
    const grade = random.int(4, 6);
    const salary = 24000 + grade * 2100 + random.int(0, 9) * 100;
    const closing = `${random.int(1, 28)} ${random.pick(['March', 'May', 'July', 'October'])} ${year}`;
    const contact = pickPeople(random, 1)[0]!;
    const docTitle = `${post} — ${department}`;
    const details: Array<[string, string]> = [
      ['Grade', `Grade ${grade}`],
      ['Salary', `${pounds(salary)} to ${pounds(salary + 3800)} a year`],
      ['Hours', random.pick(['Full time, 36.5 hours a week', 'Part time, 0.6 FTE', 'Full time, term time only'])],
      ['Contract', random.pick(['Open-ended', 'Fixed term for 24 months'])],
      ['Reference', `TEC-${random.int(1000, 9999)}`],
      ['Closing date', closing],
    ];
    const essential = random.sample(ESSENTIAL, 4);
    const desirable = random.sample(DESIRABLE, 3);
    const criteria: ZooBlock[] = style.tables
      ? [
          table(style, ['Criterion', 'Essential / Desirable', 'Assessed by'], [
            ...essential.map((c) => [c, 'Essential', random.pick(ASSESSED)]),
            ...desirable.map((c) => [c, 'Desirable', random.pick(ASSESSED)]),
          ]),
        ]
      : [para({ text: 'Essential', bold: true }), list(style, essential), para({ text: 'Desirable', bold: true }), list(style, desirable)];
    const blocks: ZooBlock[] = [
      { kind: 'heading', level: 1, text: docTitle },
      para(`${institution} · ${department}`),
      ...(style.tables ? [table(style, ['Detail', ''], details)] : details.map(([k, v]) => fieldLine(k, v))),
      title(style, 'About the role'),
      para(
        `We are looking for an organised and practical ${post.toLowerCase()} to join a friendly team of ${random.int(6, 20)} technical staff. `,
        'You will be the first point of contact for students in the laboratories and will work closely with academic colleagues.',
      ),
      title(style, 'Main responsibilities'),
      list({ ...style, ordered: false }, random.sample(RESPONSIBILITIES, 6)),
      title(style, 'Person specification'),
      ...criteria,
      title(style, 'How to apply'),
      list({ ...style, ordered: true }, [
        'Complete the online application form',
        'Upload a CV and a covering letter of no more than two pages',
        `Submit your application by midnight on ${closing}`,
      ]),
      para(`Informal enquiries are welcome: contact ${contact.name}, ${contact.role}.`),
      para({ text: 'We welcome applications from everyone and particularly from groups under-represented in technical roles.', italic: true }),
    ];
    return { title: docTitle, blocks, footer: `${institution} — Vacancies`, text: style.text };
  },
};
