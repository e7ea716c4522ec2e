// The main entry must bundle for browsers: no Node built-in may be reached from it. pdf.js alone
// keeps guarded `import()`s of Node modules for its own Node code path, which browsers never take.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { expect, it } from 'vitest';

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

interface BuiltinImport {
  path: string;
  importer: string;
  kind: string;
}

function recordBuiltins(found: BuiltinImport[]): Plugin {
  return {
    name: 'record-node-builtins',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /.*/ }, (args) => {
        if (!builtins.has(args.path) && !args.path.startsWith('node:')) return undefined;
        found.push({ path: args.path, importer: args.importer, kind: args.kind });
        return { path: args.path, external: true };
      });
    },
  };
}

function allowed(use: BuiltinImport): boolean {
  return use.kind === 'dynamic-import' && /node_modules[\\/](\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?pdfjs-dist[\\/]/.test(use.importer);
}

function bundleForBrowser(file: string, found: BuiltinImport[]) {
  return build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['@tc/source'],
    logLevel: 'silent',
    plugins: [recordBuiltins(found)],
  });
}

it('bundles the main entry for a browser without any Node built-in', async () => {
  const found: BuiltinImport[] = [];
  const result = await bundleForBrowser(entry, found);
  expect(result.errors).toEqual([]);
  expect(result.outputFiles[0]?.text).toContain('parsePlan');
  expect(found.filter((use) => !allowed(use))).toEqual([]);
});

it('would notice a Node built-in in the main entry', async () => {
  const found: BuiltinImport[] = [];
  await bundleForBrowser(fileURLToPath(new URL('../src/node.ts', import.meta.url)), found);
  expect(found.filter((use) => !allowed(use)).map((use) => use.path)).toContain('node:fs/promises');
});

// What a page loads before its first plan: the facade alone. zod, the schemas, the recogniser and
// the parsers are reached only through dynamic imports (their sizes: docs/benchmarks.md).
it('keeps zod, the recogniser and the parsers out of what importing the main entry loads', async () => {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    outdir: 'out',
    conditions: ['@tc/source'],
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const first = new Set<string>();
  const visit = (file: string) => {
    if (first.has(file)) return;
    first.add(file);
    for (const i of outputs[file]!.imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(Object.keys(outputs).find((f) => outputs[f]!.entryPoint?.endsWith('parse/src/index.ts'))!);
  const inputs = [...first].flatMap((f) => Object.keys(outputs[f]!.inputs));
  expect(inputs.some((i) => i.includes('parse/src/parse-plan.ts'))).toBe(true);
  expect(inputs.filter((i) => /node_modules[\\/](\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(zod|pdfjs-dist|mammoth|unified)[\\/]|packages[\\/](recognise|themes|text|docx|pdf)[\\/]src/.test(i))).toEqual([]);
});
