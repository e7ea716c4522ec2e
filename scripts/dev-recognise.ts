import { readFileSync } from 'node:fs';
import { parsePlain as parseTextDev } from '../packages/text/src/plain/parse-plain.ts';
const parseText = (t: string, _o: unknown) => parseTextDev(t);
import { recognisePlan } from '@tc/recognise';
const slug = process.argv[2]!;
const text = readFileSync(`fixtures/plans/${slug}/plan.txt`, 'utf8');
const doc = parseText(text, { format: 'text' });
const plan = recognisePlan(doc, { name: 'plan.txt', format: 'text', sha256: '0'.repeat(64), pages: null });
if (process.argv[3] === 'full') console.log(JSON.stringify(plan, (k, v) => (k === 'provenance' || k === 'at' ? undefined : v), 2));
else {
  console.log(plan.layout, plan.actions.length, plan.title, '|', plan.institution, '|', JSON.stringify(plan.period));
  for (const a of plan.actions) console.log(a.id, a.ref ?? '-', a.parentRef ?? '-', '|', a.title.slice(0, 70), '|', a.themes.map((t) => t.theme + ':' + t.source).join(','), '|', a.timeframe ? `${a.timeframe.raw}→${a.timeframe.start}..${a.timeframe.end}${a.timeframe.ongoing ? ' ongoing' : ''}` : '-', '|', a.owners.map((o) => o.raw + (o.name && o.name !== o.raw ? '=' + o.name : '')).join('; '), '|', a.footnotes.join(','));
  console.log('themes', JSON.stringify(plan.themes));
  console.log('diag', plan.diagnostics.map((d) => d.code + ': ' + d.message).join('\n'));
}
