// Records made of field labels and values (a label on its own line, "Label: value", labels run
// into their values): where a record starts, which lines are group labels, and label words in prose.
import { describe, expect, it } from 'vitest';
import { parseText } from '@tc/text';
import { recognisePlan } from '../src/index.ts';

const source = { name: 'plan', format: 'text', sha256: '0'.repeat(64), pages: null } as const;
const read = (text: string) => recognisePlan(parseText(text, { format: 'text' }), source, { classify: false });
const themes = (plan: ReturnType<typeof read>) => plan.actions.map((a) => a.themes.map((t) => t.theme).sort().join('+'));

const record = (fields: Array<[string, string]>) => fields.map(([label, value]) => `${label}\n${value}`).join('\n');

describe('labelled records', () => {
  it('reads fields printed before the title as the record they open, not the end of the one before', () => {
    const rows: Array<[string, string, string, string]> = [
      ['Visibility, Recognition', 'Publish a directory of technical staff', 'Head of HR', '2025'],
      ['Recognition', 'Nominate technicians for national awards', 'Network Chair', 'Spring 2024'],
      ['Career Development', 'Define career pathways for technical roles', 'Faculty Managers', 'Year 2'],
      ['Sustainability', 'Share equipment across departments', 'Research Office', 'Ongoing'],
    ];
    const plan = read(`Our technician action plan\n\nPlanned actions\n\n${rows
      .map(([strand, what, who, when]) => record([['Strand', strand], ['What', what], ['How we will know', 'Reported each year'], ['Who', who], ['Deadline', when]]))
      .join('\n\n-----\n\n')}\n`);
    expect(plan.actions.map((a) => a.title)).toEqual(rows.map((r) => r[1]));
    expect(themes(plan)).toEqual(['recognition+visibility', 'recognition', 'career-development', 'sustainability']);
    expect(plan.actions.map((a) => a.owners.map((o) => o.raw).join())).toEqual(rows.map((r) => r[2]));
    expect(plan.actions[0]?.successMeasures).toEqual(['Reported each year']);
  });

  it('reads a "Theme: X" line before some records only as the label of the group that follows it', () => {
    const block = (title: string, lead: string) => `Action: ${title}\nBy when: 2025\nLead: ${lead}`;
    const plan = read(`Technician Commitment action plan

Theme: Visibility

${block('Run an annual technical showcase', 'Head of HR')}

${block('Create a technician web page', 'Comms Team')}

Theme: Recognition

${block('Fund professional registration fees', 'Finance Office')}

${block('Create a peer recognition scheme', 'Network Chair')}

Theme: Sustainability

${block('Survey technical staff every two years', 'Research Office')}
`);
    expect(plan.actions).toHaveLength(5);
    expect(themes(plan)).toEqual(['visibility', 'visibility', 'recognition', 'recognition', 'sustainability']);
    expect(plan.actions.map((a) => a.owners.map((o) => o.raw).join())).toEqual(['Head of HR', 'Comms Team', 'Finance Office', 'Network Chair', 'Research Office']);
  });

  it('splits labels run into their values where the document repeats one set of labels', () => {
    const paragraphs = [
      'Strand Visibility What Publish a directory of technical staff Who Head of HR Deadline 2025–2026',
      'Strand Recognition What Nominate technicians for national awards Who Network Chair Deadline Spring 2024',
      'Strand Career Development What Define career pathways for technical roles Who Faculty Managers Deadline Year 2',
    ];
    const plan = read(`Technician Commitment action plan\n\n${paragraphs.join('\n\n')}\n`);
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Publish a directory of technical staff', 'Nominate technicians for national awards', 'Define career pathways for technical roles',
    ]);
    expect(themes(plan)).toEqual(['visibility', 'recognition', 'career-development']);
    expect(plan.actions.map((a) => a.timeframe?.raw)).toEqual(['2025–2026', 'Spring 2024', 'Year 2']);
  });

  it('leaves label words in prose alone when no set of labels repeats', () => {
    const plan = read(`About the plan

What we learnt from the survey shaped the plan. Who leads each part is agreed with the Deadline Group.

Lead technicians met in March. What Happens Next is decided by the Board.
`);
    expect(plan.actions).toHaveLength(0);
    expect(plan.sections.map((s) => s.text).join(' ')).toContain('What we learnt from the survey');
  });

  it('reads a label whose value a break moved into the next block', () => {
    const plan = read(`Technician Commitment action plan

Objective
Run an annual technical showcase
Owner
Head of HR
Timescale
2025

Objective
Create a technician web page
Owner

Comms Team
Timescale
2026

Objective
Fund professional registration fees
Owner
Finance Office
Timescale
2024
`);
    expect(plan.actions.map((a) => a.owners.map((o) => o.raw).join())).toEqual(['Head of HR', 'Comms Team', 'Finance Office']);
    expect(plan.actions.map((a) => a.timeframe?.raw)).toEqual(['2025', '2026', '2024']);
  });
});
