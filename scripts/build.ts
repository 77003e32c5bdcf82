/**
 * `npm run build`: bundles src/index.ts (and the report worker, src/reports/report-worker.ts) into dist/ as ES modules, one lazy chunk per operation
 * (and per heavy library imported with `import()`), and writes dist/licenses.txt for every
 * bundled package.
 *
 * Cold start counts: `@actions/core` imports `@actions/http-client` (with its own undici) and
 * `@actions/exec` for features the action never calls (OIDC tokens, platform details). Those
 * packages are declared free of import side effects here, so the bundler leaves out what
 * nothing uses instead of evaluating it on every start.
 */
import { build, type Plugin } from 'esbuild';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');

/** Packages that only define things when imported: unused parts of them can be left out. */
const NO_IMPORT_SIDE_EFFECTS = /^(@actions\/http-client|@actions\/exec|@actions\/io|tunnel)(\/|$)/;

const withoutImportSideEffects: Plugin = {
  name: 'without-import-side-effects',
  setup(b) {
    b.onResolve({ filter: NO_IMPORT_SIDE_EFFECTS }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      return { ...resolved, sideEffects: false };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  // The report worker (CSV/JSON conversion off the main thread) is its own entry, dist/report-worker.js.
  entryPoints: {
    index: path.join(root, 'src/index.ts'),
    'report-worker': path.join(root, 'src/reports/report-worker.ts'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  metafile: true,
  logLevel: 'warning',
  plugins: [withoutImportSideEffects],
  // CommonJS dependencies call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});

// The licence of every package that ended up in dist/.
const packages = new Map<string, string>();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match?.[1]) packages.set(path.resolve(root, match[1]), '');
}
const sections: string[] = [];
for (const dir of [...packages.keys()].sort()) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string;
  };
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text =
    file && existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'utf8').trim() : '';
  sections.push(`${pkg.name} ${pkg.version}\n${pkg.license ?? ''}\n${text}`);
}
writeFileSync(path.join(outdir, 'licenses.txt'), `${sections.join('\n\n')}\n`);
