// What a short value looks like on its own — a date, an owner, a status word — whatever column or
// label it came under. Used to tell fields from actions, and to place cells whose column is lost.

// Owners as plans print them: a role, a team, a committee — a few words, no verb.
const ROLE_NOUNS = /\b(?:head|director|manager|managers|team|teams|group|officer|lead|leads|chair|committee|office|services|hr|dean|pvc|vice-chancellor|registrar|partner|champions?|network|board|department|faculty|faculties|staff|estates|coordinator|administrator)\b/i;
const STATUS_WORDS = /^(?:not started|in progress|on track|complete[d]?|ongoing|on-going|green|amber|red|done|closed|open|delayed|n\/a|tbc|tbd)$/i;
const DATE_ONLY = /^(?:by\s+|from\s+|end of\s+|before\s+|due\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?![a-z])\.?|q[1-4]|spring|summer|autumn|winter|years?|annually|ongoing|on-going|termly|monthly|quarterly|yearly|each|every|\d+(?!\d)|[–\-/, ]|and|to|from)+$/i;

export function looksLikeDate(text: string): boolean {
  return DATE_ONLY.test(text.trim());
}

export function looksLikeStatus(text: string): boolean {
  return STATUS_WORDS.test(text.trim());
}

/** A role, team or committee: a few words naming who, with no verb and no sentence end. */
export function looksLikeOwner(text: string, words = text.trim().split(/\s+/).length): boolean {
  return words <= 12 && ROLE_NOUNS.test(text) && !/[.!?]$/.test(text.trim());
}
