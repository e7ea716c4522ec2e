// The code blocks of docs/recipes.md, read from the page itself so that what is tested is what a
// reader copies. The blocks of the section "Parse in a browser" belong to the browser test (run in
// Chromium from the packed packages), the others to test/e2e/recipes.test.ts.
import { readFileSync } from 'node:fs';

export const RECIPES_PAGE = new URL('../../docs/recipes.md', import.meta.url);

/** One fenced code block of the page. */
export interface Recipe {
  /** The `##` heading the block sits under. */
  section: string;
  /** The fence's language (`python`, `r`, `ts`, `sh`). */
  lang: string;
  code: string;
  /** In the section "Parse in a browser": run in a browser, not in Node. */
  browser: boolean;
  /** 1-based line of the opening fence. */
  line: number;
}

/** The section whose blocks run in a browser. */
export const BROWSER_SECTION = 'Parse in a browser';

/** The fenced code blocks of a markdown page, in order. */
export function readRecipes(markdown: string): Recipe[] {
  const lines = markdown.split('\n');
  const recipes: Recipe[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^```(\S*)/.exec(line);
    if (!fence) {
      if (line.startsWith('## ')) section = line.slice(3).trim();
      continue;
    }
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !lines[i]!.startsWith('```')) body.push(lines[i]!);
    if (i === lines.length) throw new Error(`docs/recipes.md:${start + 1}: a code block is never closed`);
    recipes.push({ section, lang: fence[1] ?? '', code: `${body.join('\n')}\n`, browser: section === BROWSER_SECTION, line: start + 1 });
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
