// A kind of document that is not an action plan (minutes, a policy, a newsletter …), for measuring
// false positives: every action a reader finds in one is wrong.
import type { Random } from './random.ts';
import type { ZooDocument } from './zoo-doc.ts';

export interface NotPlanKind {
  /** kebab-case id, used in the folder name: "committee-minutes". */
  id: string;
  /** One sentence: what the document is, and why it might fool a reader. */
  description: string;
  /** The document for `variant` (0, 1, …); `random` breaks ties deterministically. */
  render(variant: number, random: Random): ZooDocument;
}
