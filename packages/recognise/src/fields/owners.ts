import type { Owner } from '@tc/model';

const NO_OWNER = /^(?:tbc|tbd|tba|n\/?a|none|-+|–|\?)$/i;

/**
 * Splits an owner cell ("Forum / Comms / HR", "a) HR b) TM", "HR TM") into owners and expands
 * abbreviations from the plan's own key.
 */
export function parseOwners(raw: string, glossary: ReadonlyMap<string, string>): Owner[] {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length === 0) return [];
  const parts = text
    .split(/(?<!\s)\s*(?:\/|;|,|\n|\s(?=[a-h]\)\s)|^(?=[a-h]\)\s))\s*/)
    .map((p) => p.replace(/^[a-h]\)\s*/, '').trim())
    .filter((p) => p.length > 0);
  const owners: Owner[] = [];
  for (const part of parts) {
    const tokens = part.split(' ');
    // "HR TM": every word an abbreviation from the key, so several owners.
    if (tokens.length > 1 && tokens.every((t) => glossary.has(t))) {
      for (const t of tokens) owners.push({ raw: t, name: glossary.get(t) ?? null });
      continue;
    }
    owners.push({ raw: part, name: ownerName(part, glossary) });
  }
  return owners;
}

// "SG to identify case studies in their area": the owner is the head; the clause says what they do.
const WHAT_THEY_DO = /(?<!\s)\s+to\s+.*$/i;

function ownerName(part: string, glossary: ReadonlyMap<string, string>): string | null {
  const head = part.replace(WHAT_THEY_DO, '').trim() || part;
  if (NO_OWNER.test(head)) return null;
  const whole = glossary.get(head);
  if (whole) return whole;
  return head
    .split(' ')
    .map((word) => glossary.get(word) ?? word)
    .join(' ');
}
