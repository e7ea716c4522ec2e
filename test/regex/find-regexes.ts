// Every regular expression in the packages' source: literals, and `new RegExp(...)` with a literal
// pattern, found with the TypeScript parser (so strings and comments are never mistaken for them).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The regular expressions of `packages/<name>/src` under `root`. */
export function findRegexes(root: string): FoundRegex[] {
  const packages = readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p, 'src'));
  const found: FoundRegex[] = [];
  for (const file of packages.flatMap((dir) => (statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? sourceFiles(dir) : []))) {
    const text = readFileSync(file, 'utf8');
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const at = (node: ts.Node) => tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const end = literal.lastIndexOf('/');
        found.push({ file: relative(root, file), line: at(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern))) {
          found.push({ file: relative(root, file), line: at(node), source: pattern.text, flags: flags && ts.isStringLiteral(flags) ? flags.text : '' });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}
