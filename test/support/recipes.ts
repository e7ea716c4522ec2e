// The code blocks of docs/recipes.md, read from the page itself so that what is tested is what a
// reader copies. A block preceded by `<!-- recipe: browser -->` belongs to the browser test.
import { readFileSync } from 'node:fs';

export const RECIPES_PAGE = new URL('../../docs/recipes.md', import.meta.url);

/** One fenced code block of the page. */
export interface Recipe {
  /** The `##` heading the block sits under. */
  section: string;
  /** The fence's language (`python`, `r`, `ts`, `sh`). */
  lang: string;
  code: string;
  /** Marked `<!-- recipe: browser -->`: run in a browser, not in Node. */
  browser: boolean;
  /** 1-based line of the opening fence. */
  line: number;
}

const BROWSER_MARK = '<!-- recipe: browser -->';

/** The fenced code blocks of a markdown page, in order. */
export function readRecipes(markdown: string): Recipe[] {
  const lines = markdown.split('\n');
  const recipes: Recipe[] = [];
  let section = '';
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^```(\S*)/.exec(line);
    if (!fence) {
      if (line.startsWith('## ')) section = line.slice(3).trim();
      if (line.trim() !== '') previous = line.trim();
      continue;
    }
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !lines[i]!.startsWith('```')) body.push(lines[i]!);
    if (i === lines.length) throw new Error(`docs/recipes.md:${start + 1}: a code block is never closed`);
    recipes.push({ section, lang: fence[1] ?? '', code: `${body.join('\n')}\n`, browser: previous === BROWSER_MARK, line: start + 1 });
    previous = '';
  }
  return recipes;
}

/** The blocks of docs/recipes.md. */
export function recipes(): Recipe[] {
  return readRecipes(readFileSync(RECIPES_PAGE, 'utf8'));
}

/** The inline code spans of the page that are `tc` commands, e.g. `tc normalise plans/ --out out`. */
export function tcCommands(): string[][] {
  const page = readFileSync(RECIPES_PAGE, 'utf8');
  return [...page.matchAll(/`tc ([^`]+)`/g)].map((m) => m[1]!.trim().split(/\s+/));
}
