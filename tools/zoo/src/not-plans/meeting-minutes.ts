// Minutes of a technician network meeting: numbered agenda items, attendance and apologies,
// discussion notes and any other business. Deliberately no "actions arising" table — the minutes
// record what was said, and a reader must not turn the discussion points into plan actions.
import { INSTITUTIONS } from '../content/action-pool.ts';
import type { NotPlanKind } from '../not-plan.ts';
import type { Random } from '../random.ts';
import type { ZooBlock } from '../zoo-doc.ts';
import { list, notPlanStyle, para, rowsBlock, title, type NotPlanStyle } from './doc-builders.ts';
import { DEPARTMENTS, pickPeople, ROOMS } from './names.ts';

const MONTHS = ['January', 'March', 'May', 'June', 'September', 'November'];

interface AgendaItem {
  heading: string;
  notes: string[];
  points?: string[];
}

function agenda(random: Random, chair: string, previous: string): AgendaItem[] {
  return [
    {
      heading: 'Welcome and introductions',
      notes: [`${chair} welcomed members, in particular colleagues attending the network for the first time.`],
    },
    {
      heading: 'Minutes of the previous meeting',
      notes: [`The minutes of the meeting held on ${previous} were accepted as a correct record.`],
    },
    {
      heading: 'Updates from faculty representatives',
      notes: ['Representatives gave short updates on activity in their areas since the last meeting.'],
      points: random.sample([
        `${random.pick(DEPARTMENTS)} reported that its new teaching laboratory opened on schedule in the autumn.`,
        'Several members said that booking shared equipment across buildings had become easier.',
        'The workshop team described the pressure on staffing during the summer conference season.',
        'Two apprentices completed their end-point assessment and both passed with merit.',
        'Members from the arts faculties asked that future meetings avoid the degree show weeks.',
      ], 4),
    },
    {
      heading: 'Professional registration drop-in sessions',
      notes: [
        'The drop-in sessions held over the winter were well attended, with eleven colleagues taking part.',
        'Members felt that the sessions worked best when a recently registered colleague was present to answer questions.',
      ],
    },
    {
      heading: 'Results of the training needs survey',
      notes: [
        `${random.pick(['Sixty-one', 'Fifty-eight', 'Seventy-three'])} colleagues responded to the survey, roughly a third of the network.`,
        'The most requested topics were first aid refreshers, data handling and supervising students in the laboratory.',
      ],
      points: [
        'Respondents valued short sessions held close to their own building.',
        'Evening sessions were unpopular with colleagues who have caring responsibilities.',
        'Online modules were seen as useful for theory but not for practical skills.',
      ],
    },
    {
      heading: 'Any other business',
      notes: random.sample([
        'A member raised the noise levels in the shared preparation room; the chair noted the concern.',
        'The network thanked the catering team for supporting the last social event.',
        'A retirement collection for a long-serving workshop colleague is open until the end of the month.',
      ], 2),
    },
    {
      heading: 'Date of next meeting',
      notes: [`The next meeting will take place in the ${random.pick(ROOMS)} on a date to be confirmed by e-mail.`],
    },
  ];
}

function agendaBlocks(style: NotPlanStyle, items: readonly AgendaItem[]): ZooBlock[] {
  // Headings print their own number ("3. Updates …"); the list form numbers items as Word would.
  if (style.headings) {
    return items.flatMap((item, i) => [
      title(style, `${i + 1}. ${item.heading}`, 2),
      ...item.notes.map((n) => para(n)),
      ...(item.points ? [list({ ...style, ordered: false }, item.points)] : []),
    ]);
  }
  return [
    {
      kind: 'list',
      ordered: true,
      style: 'decimal',
      items: items.map((item) => ({
        paragraphs: [[{ text: item.heading, bold: true }], ...item.notes.map((n) => [n])],
        ...(item.points ? { children: [list({ ...style, ordered: false }, item.points)] } : {}),
      })),
    },
  ];
}

export const meetingMinutes: NotPlanKind = {
  id: 'meeting-minutes',
  description:
    'Minutes of a technician network meeting: attendance, apologies, numbered agenda items with discussion notes and bullets, any other business — and no actions.',
  render(variant, random) {
    const style = notPlanStyle(variant);
    const institution = random.pick(INSTITUTIONS);
    const year = random.int(2023, 2026);
    const month = random.pick(MONTHS);
    const people = pickPeople(random, 9);
    const chair = people[0]!.name;
    const present = people.slice(0, 6);
    const apologies = people.slice(6);
    const docTitle = `Technician Network Meeting — Minutes`;
    const blocks: ZooBlock[] = [
      { kind: 'heading', level: 1, text: docTitle },
      para(`${institution}, ${random.int(2, 27)} ${month} ${year}, ${random.pick(ROOMS)}, 12:30–14:00`),
      title(style, 'Present'),
      rowsBlock(style, ['Name', 'Role', 'Department'], present.map((p, i) => [i === 0 ? `${p.name} (Chair)` : p.name, p.role, p.department])),
      title(style, 'Apologies'),
      para(apologies.map((p) => p.name).join(', ')),
      title(style, 'Minutes'),
      ...agendaBlocks(style, agenda(random, chair, `${random.int(2, 27)} ${random.pick(MONTHS)} ${year - 1}`)),
      para({ text: 'Minutes taken by ', italic: true }, { text: people[1]!.name, italic: true }),
    ];
    return { title: docTitle, blocks, footer: `${institution} Technician Network`, text: style.text };
  },
};
