// The plain-text variations the build spreads over the zoo: each family gets five of the seven
// across its variants, so every variation meets several layouts.
import { Random } from './random.ts';
import { seedOf } from './seed-hash.ts';
import type { TextOptions, ZooDocument } from './zoo-doc.ts';

export const TEXT_VARIATIONS = ['none', 'wrap72', 'noBlankLines', 'crlf', 'windows1252', 'htmlTags', 'email'] as const;
export type TextVariation = (typeof TEXT_VARIATIONS)[number];

/** The variation of a family's (or not-plan kind's) `variant`: consecutive variants take consecutive variations. */
export function textVariationFor(id: string, variant: number): TextVariation {
  return TEXT_VARIATIONS[(seedOf(id, 'text') + variant) % TEXT_VARIATIONS.length]!;
}

const SENDERS = [
  ['Technical Services Office', 'technical.services'],
  ['Technician Network Coordinator', 'tech.network'],
  ['Research Operations Team', 'research.ops'],
] as const;
const RECIPIENTS = ['All technical staff <technicians@example.ac.uk>', 'Technician Steering Group <tc-steering@example.ac.uk>', 'Staff Forum <staff.forum@example.ac.uk>'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The text options of a variation, drawn from `seed` where they hold invented details (the e-mail). */
export function textOptions(variation: TextVariation, subject: string, seed: number): TextOptions {
  switch (variation) {
    case 'none':
      return {};
    case 'wrap72':
      return { wrap: 72 };
    case 'noBlankLines':
      return { noBlankLines: true };
    case 'crlf':
      return { crlf: true };
    case 'windows1252':
      return { windows1252: true };
    case 'htmlTags':
      return { htmlTags: true };
    case 'email': {
      const random = new Random(seed);
      const [name, local] = random.pick(SENDERS);
      const date = `${random.pick(DAYS)}, ${random.int(1, 28)} ${random.pick(MONTHS)} ${random.int(2023, 2026)} ${String(random.int(8, 17)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00 +0000`;
      return {
        email: { from: `${name} <${local}@example.ac.uk>`, to: random.pick(RECIPIENTS), subject: `FW: ${subject}`, date, signature: [name, 'Technician Commitment working group'] },
      };
    }
  }
}

/** The variation's options under the document's own (the family's choices win), and their name for the gold file. */
export function applyTextVariation(doc: ZooDocument, options: TextOptions): { doc: ZooDocument; name: string } {
  const text: TextOptions = { ...options, ...doc.text };
  const names = Object.entries(text)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (k === 'wrap' ? `wrap${String(v)}` : k))
    .sort();
  return { doc: { ...doc, text }, name: names.length > 0 ? names.join('+') : 'none' };
}
