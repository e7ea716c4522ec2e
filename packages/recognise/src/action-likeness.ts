// "Is this text an action a plan commits to?" — a small scorer over surface features, in the
// spirit of the meeting and e-mail action-item detectors (verb-initial base form, "we will",
// commitment verbs; not a date, an owner, a theme word, a question or a past-tense report). It
// gives a readiness in [0, 1]; readers use the mean over a run of records as evidence.
import { normaliseThemeLabel } from '@tc/themes';
import { fieldRole } from './fields/field-role.ts';
import { looksLikeDate, looksLikeOwner, looksLikeStatus } from './fields/value-shapes.ts';

// Verbs that open plan actions in the imperative. Base forms only; inflected forms are derived.
const VERBS = new Set(`
accredit achieve acknowledge adopt advertise advocate agree align allocate analyse appoint arrange assess attend audit
benchmark broaden build capture carry celebrate champion clarify collaborate collate collect commission communicate compile
complete conduct consider consolidate consult continue coordinate co-ordinate create credit deliver demonstrate design
determine develop devise disseminate document drive embed empower enable encourage engage enhance ensure enrol establish
evaluate examine expand explore extend facilitate feature focus formalise formalize foster fund gather grow highlight hold
host identify implement improve include increase incorporate induct inform initiate instigate integrate introduce invest
invite involve issue join launch lead maintain make map measure meet mentor monitor nominate offer open organise organize
participate partner pilot plan present prioritise produce profile progress promote protect provide publicise publicize
publish pursue raise recognise recognize record recruit redesign refresh reinforce release renew report represent require
research resource respond restructure review revise reward run schedule scope secure seek set share showcase signpost
simplify source sponsor standardise start streamline strengthen submit support survey sustain target track train trial
undertake update upskill use utilise value work write name list credit thank welcome grant award add display form pay reimburse give allow film photograph interview visit
`.trim().split(/\s+/));

const PAST_IRREGULAR = new Set(['held', 'ran', 'made', 'won', 'gave', 'took', 'began', 'built', 'met', 'led', 'sent', 'brought', 'saw', 'became', 'was', 'were', 'had', 'did', 'sat', 'grew', 'found', 'told', 'wrote', 'spoke', 'chose', 'got', 'went', 'came', 'felt', 'kept', 'left', 'paid', 'taught', 'thought', 'understood', 'rose', 'fell']);

function verbBase(word: string): string | null {
  const w = word.toLowerCase();
  if (VERBS.has(w)) return w;
  return null;
}

function pastTense(word: string): boolean {
  const w = word.toLowerCase();
  if (PAST_IRREGULAR.has(w)) return true;
  if (!w.endsWith('ed') || w.length < 5) return false;
  return VERBS.has(w.slice(0, -2)) || VERBS.has(w.slice(0, -1)) || VERBS.has(w.slice(0, -3)) || (w.endsWith('ied') && VERBS.has(`${w.slice(0, -3)}y`));
}

function thirdPerson(word: string): boolean {
  const w = word.toLowerCase();
  return (w.endsWith('s') && VERBS.has(w.slice(0, -1))) || (w.endsWith('es') && VERBS.has(w.slice(0, -2)));
}

/** The features the scorer weighs, exposed for tests and `tc inspect`. */
export interface ActionFeatures {
  /** opens with a gerund of a doing verb ("Developing …") */
  gerund: boolean;
  /** says the work is still to be done ("… to be developed") */
  pending: boolean;
  imperative: boolean;
  commitment: boolean;
  past: boolean;
  /** "Provides …", "Supports …": a description of what something does, not a commitment */
  thirdPerson: boolean;
  question: boolean;
  leadIn: boolean;
  fieldOnly: boolean;
  words: number;
}

export function actionFeatures(text: string): ActionFeatures {
  const clean = text.replace(/^[\s\-–•*·▪◦○]+/, '').replace(/\s+/g, ' ').trim();
  const words = clean.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  const tokens = words.map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''));
  const first = tokens[0] ?? '';
  const lower = clean.toLowerCase();
  const commitment = /^(?:we\s+(?:will|shall|are going to|plan to|aim to|intend to|commit to|would like to)|will|to\s+\p{L}+|(?:\p{L}+\s+){0,3}(?:will|shall)\s)/u.test(lower) && !/^(?:it|this|there)\s+will\s+be\s/u.test(lower);
  const toVerb = /^to\s+(\p{L}+)/u.exec(lower)?.[1];
  // "Reviewing success of …", "Developing a …": a gerund naming the work, as plans often do.
  const stem = first.toLowerCase().replace(/ing$/, '');
  const gerund = first.toLowerCase().endsWith('ing') && (VERBS.has(stem) || VERBS.has(`${stem}e`) || VERBS.has(stem.replace(/(.)\1$/, '$1')));
  // "New webpage to be developed", "All staff to be notified": work still to do.
  const pending = /\bto be \p{L}+(?:ed|en|wn|lt|nt)\b/u.test(lower);
  const imperative = verbBase(first) !== null || (toVerb !== undefined && VERBS.has(toVerb)) || /^(?:co-?ordinate|re-?\p{L}+|up-?skill)$/u.test(first.toLowerCase())
    || (/^[A-Z][a-z]+(?:ise|ize|ify|ate)$/.test(first) && !pastTense(first));
  const label = /^([^:]{1,40}):\s*/.exec(clean)?.[1];
  const roleOnly = words.length <= 7 && looksLikeOwner(clean, words.length) && !imperative && !commitment;
  const fieldOnly = roleOnly || looksLikeStatus(clean) || looksLikeDate(clean) || (label !== undefined && fieldRole(label) !== null && fieldRole(label) !== 'title')
    || (clean.length <= 40 && normaliseThemeLabel(clean.replace(/[.:]$/, '')) !== null);
  // A report of what happened: a past-tense verb early on, not after "be"/"will" (a passive or a pledge).
  const reported = !imperative && !commitment && (tokens.slice(1, 10).some((t, k) => {
    const before = (tokens[k] ?? '').toLowerCase();
    return pastTense(t) && !/^(?:be|been|being|is|are|will|to|get|gets|become|remain)$/.test(before);
  }) || /\b(?:is|are)\s+(?:\p{L}+ly\s+)?(?:held|provided|run|offered|available|given|organised|published|made|included|supported|recognised|listed|invited|encouraged)\b/u.test(lower));
  return {
    gerund: gerund && !imperative,
    pending,
    imperative,
    commitment,
    past: reported || pastTense(first) || (tokens[0]?.toLowerCase() === 'we' && pastTense(tokens[1] ?? ''))
      || /^(?:\S+\s+){0,6}(?:we|it|they|this|which)\s+(?:have|has|had)\s+(?:(?:also|now|already|recently|successfully)\s+)?(?:been|\p{L}+ed)\b/iu.test(clean),
    thirdPerson: thirdPerson(first),
    question: clean.endsWith('?'),
    leadIn: clean.endsWith(':'),
    fieldOnly,
    words: words.length,
  };
}

/** How much `text` reads as an action a plan commits to, in [0, 1]. */
export function actionLikeness(text: string): number {
  const f = actionFeatures(text);
  let z = -0.9;
  if (f.imperative) z += 2.2;
  if (f.commitment) z += 1.6;
  if (f.gerund) z += 1.4;
  if (f.pending && !f.commitment) z += 1.4;
  if (f.past) z -= 2.4;
  if (f.thirdPerson) z -= 0.8;
  if (f.question) z -= 3;
  if (f.leadIn) z -= 1.5;
  if (f.fieldOnly) z -= 3;
  if (f.words <= 2) z -= 1.2;
  else if (f.words >= 4 && f.words <= 45) z += 0.5;
  if (f.words > 80) z -= 1;
  return 1 / (1 + Math.exp(-z));
}
