// Function words that carry no theme. Domain words ("technician", "staff") stay: IDF weighs them.
const WORDS = `a about above across after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing done down during each eg either etc few for from
further had has have having he her here hers him his how i ie if in into is it its itself just may me might
more most must my no nor not now of off on once only or other our ours out over own per same she should so
some such than that the their theirs them then there these they this those through to too under until up upon
us very via was we were what when where whether which while who whom why will with within without would yet
you your`;

/** The stop words, lower case. */
export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
