// Every command and option of `tc`, in one place: main.ts parses argv from it and cli-docs.ts
// writes docs/cli.md from it. Command code is imported only when its command runs.
import type { CommandSpec, OptionSpec } from './command-spec.ts';

const noClassify: OptionSpec = {
  name: 'no-classify',
  type: 'boolean',
  description: 'Leave actions without stated themes unthemed instead of asking the theme classifier.',
};
const timeout: OptionSpec = {
  name: 'timeout',
  type: 'string',
  value: 'MS',
  default: '60000',
  description: 'Time allowed for one document, in milliseconds; a document over it fails with TC_TIMEOUT.',
};
const maxPages: OptionSpec = {
  name: 'max-pages',
  type: 'string',
  value: 'N',
  default: '500',
  description: 'Most PDF pages read; a longer PDF fails with TC_PDF_TOO_MANY_PAGES.',
};

/** The commands of `tc`, in the order `tc --help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'parse',
    summary: 'Parse one plan and print the Plan as JSON.',
    args: 'FILE|-',
    minArgs: 1,
    maxArgs: 1,
    description:
      'Reads one plan (PDF, Word .docx, plain text or markdown; `-` reads standard input), detects its format from the bytes, and prints the validated Plan as JSON with a 2-space indent on standard output. Diagnostics go to standard error, one per line, as `file:place severity code message`, where place is `line:col` for text, `p.N` for PDF and `block N` for Word.',
    options: [
      { name: 'format', type: 'string', value: 'FORMAT', description: 'Read the input as `pdf`, `docx`, `text` or `markdown` instead of detecting the format.' },
      { name: 'password', type: 'string', value: 'PASSWORD', description: 'Password of an encrypted PDF.' },
      noClassify,
      timeout,
      maxPages,
    ],
    examples: ['pnpm exec tc parse fixtures/plans/brighton/plan.txt > brighton.plan.json', 'cat plan.md | pnpm exec tc parse - --format markdown'],
    load: () => import('./commands/parse-command.ts'),
  },
  {
    name: 'inspect',
    summary: 'Show how a plan was read: each block and the reading that claimed it.',
    args: 'FILE|-',
    minArgs: 1,
    maxArgs: 1,
    description:
      'Parses one plan and prints its layout document as an outline, one line per block (heading, paragraph, list item, table), each with the reading that claimed it (a table reader, per-action sections, a run of records of one anchor kind, or narrative), that reading\'s score, and the best reading that wanted the block and lost (below the quality cut, or overlapping a better one). The chosen and rejected readings are listed first with their evidence: action-likeness of the titles, share of actions with fields, regularity of refs, consistency of fields, structure (header words, anchor kind, introducing heading). Use it to see why a plan was misread.',
    options: [
      { name: 'json', type: 'boolean', description: 'Print the inspection as JSON (blocks, chosen and rejected readings).' },
      { name: 'format', type: 'string', value: 'FORMAT', description: 'Read the input as `pdf`, `docx`, `text` or `markdown` instead of detecting the format.' },
      { name: 'password', type: 'string', value: 'PASSWORD', description: 'Password of an encrypted PDF.' },
      timeout,
      maxPages,
    ],
    examples: ['pnpm exec tc inspect fixtures/plans/portsmouth/plan.txt', 'pnpm exec tc inspect plan.pdf --json > inspection.json'],
    load: () => import('./commands/inspect-command.ts'),
  },
  {
    name: 'normalise',
    summary: 'Normalise many plans into plans, action tables and an input report.',
    args: 'PATH...',
    minArgs: 1,
    maxArgs: Infinity,
    description:
      'Walks the given files and folders for .pdf, .docx, .txt and .md files (skipping hidden folders and README files), parses each in a pool of worker threads, and writes `DIR/plans/<name>.plan.json`, `DIR/actions.jsonl`, `DIR/actions.csv` and `DIR/inputs.csv` (columns below). `<name>` is the path below the folder given, with `/` written as `__`. Every input gets a row in inputs.csv, also one the file system fails on (a name too long, a full disk: TC_IO) and a symbolic link, named pipe or unlistable folder met while walking (skipped, TC_IO; links are not followed); one bad file never stops the others, and the run always ends with inputs.csv written. One run at a time may write to DIR (DIR/.tc/lock); DIR may not be an input folder. A document that outlives `--timeout` has its worker terminated and is recorded as TC_TIMEOUT. Every file is written to a temporary file and renamed, so an interrupted run leaves no half-written file, and `--resume` finishes it. Progress is a bar on a terminal and one line per document otherwise (on standard error; control characters in names written as `\\n`, `\\u001b`). Exit status 0 when every input was read, 2 when some failed.',
    options: [
      { name: 'out', type: 'string', value: 'DIR', required: true, description: 'Folder to write the results to (created when missing).' },
      { name: 'jobs', type: 'string', value: 'N', default: 'the number of CPU cores', description: 'Documents parsed at the same time, each in its own worker thread.' },
      { name: 'resume', type: 'boolean', description: 'Skip inputs whose content hash and tool version already have results in DIR.' },
      timeout,
      maxPages,
      noClassify,
    ],
    examples: ['pnpm exec tc normalise fixtures/plans --out out', 'pnpm exec tc normalise plans/ extra/plan.pdf --out out --jobs 2 --resume'],
    load: () => import('./commands/normalise-command.ts'),
  },
  {
    name: 'themes',
    summary: 'Score a text against the four themes, and tag its topics.',
    args: '[TEXT]',
    minArgs: 0,
    maxArgs: 1,
    description:
      'Prints the classifier\'s score for each theme of TEXT and whether it would be selected, then the topics the text is about (from the @tc/themes taxonomy) with the words that show them. With `--jsonl`, reads one action text per line from standard input and writes one JSON object per line: `{"text": …, "themes": [{"theme", "score", "selected"}], "topics": [{"topic", "confidence", "evidence"}]}`; `--json` prints that object for TEXT.',
    options: [
      { name: 'jsonl', type: 'boolean', description: 'Read texts line by line from standard input; write JSON lines.' },
      { name: 'json', type: 'boolean', description: 'Print the themes and topics of TEXT as JSON instead of a table.' },
    ],
    examples: ['pnpm exec tc themes "Create a career pathway for apprentice technicians"', 'cut -f2 actions.tsv | pnpm exec tc themes --jsonl > themes.jsonl'],
    load: () => import('./commands/themes-command.ts'),
  },
  {
    name: 'compare',
    summary: 'Compare institutions\' plans: shares per theme and topic, completeness, in a table, CSV or JSON.',
    args: 'PATH...',
    minArgs: 1,
    maxArgs: Infinity,
    description:
      'Reads plan documents (.pdf, .docx, .txt, .md, parsed as `tc normalise` parses them: in a pool of worker threads, one per CPU core, each document within the default time limit), Plan JSON files (`*.plan.json`), folders of either, and `tc normalise` output folders (their `inputs.csv` and `plans/`). Renditions of one plan count once: files whose actions have the same content hash (titles, case and spacing folded), or that name the same institution and period, are merged, the best read one (highest recognition confidence) counted, and the report says which files it merged. A plan that names no institution takes it (and its period, when it states none) from the first `--institutions` row whose pattern matches its path; failing that it is labelled `unnamed: <file>`. Prints one row per institution: plans, actions, the share of actions with each theme (V, R, CD, S; an action may have several), with none, with an owner, a timeframe and a success measure, and the recognition confidence, wrapped to the terminal width (names wrap; figures that do not fit go into further blocks). Similar actions of different institutions (TF-IDF cosine of their titles, near-duplicates by Levenshtein distance) form clusters of common actions; an action in none is distinctive. An input that cannot be read is reported on standard error and listed in compare.json; the others are compared (exit status 2). See docs/compare.md for what each figure means.',
    options: [
      { name: 'out', type: 'string', value: 'DIR', description: 'Also write `report.html`, the chart specs, `compare.json`, `institutions.csv`, `themes.csv`, `topics.csv` and `clusters.csv` to DIR (created when missing; files below).' },
      { name: 'format', type: 'string', value: 'FORMAT', default: 'table', description: 'What to print: `table` (for a terminal), `csv` (institutions.csv) or `json` (compare.json).' },
      { name: 'institutions', type: 'string', value: 'MAP.csv', description: 'CSV with the header `pattern,institution,period`: institution (and period, e.g. `2021-2023`) of the plans whose path matches the glob pattern (`*`, `**`, `?`), for plans that name none.' },
      { name: 'width', type: 'string', value: 'N', default: 'the terminal width, else 80', description: 'Widest line of the table.' },
      noClassify,
    ],
    examples: ['pnpm exec tc compare fixtures/plans --out compare-out   # then open compare-out/report.html', 'pnpm exec tc compare out --format csv > institutions.csv', 'pnpm exec tc compare plans/ --institutions map.csv --format json'],
    load: () => import('./commands/compare-command.ts'),
  },
  {
    name: 'schema',
    summary: 'Print the JSON Schema of a Plan.',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    description: 'Prints the JSON Schema (draft 2020-12) of the Plan model, generated from its zod schema.',
    options: [],
    examples: ['pnpm exec tc schema > plan.schema.json'],
    load: () => import('./commands/schema-command.ts'),
  },
];

/** Options every command accepts. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', type: 'boolean', short: 'h', description: 'Print help for `tc` or for one command.' },
  { name: 'version', type: 'boolean', short: 'v', description: 'Print the version of `tc`.' },
];

/** Exit statuses of `tc`, as documented. */
export const EXIT_CODES: ReadonlyArray<{ code: number; meaning: string }> = [
  { code: 0, meaning: 'success (warnings allowed)' },
  { code: 1, meaning: 'the input could not be used; one line `tc: TC_CODE: message` on standard error' },
  { code: 2, meaning: '`tc normalise`: some inputs failed (see inputs.csv); the others were written' },
  { code: 64, meaning: 'usage error (unknown command or option, missing argument): `tc: TC_USAGE: …`' },
  { code: 70, meaning: 'internal error (a bug in tc); set `TC_DEBUG=1` for the stack trace' },
];
