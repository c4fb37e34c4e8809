// Bundles the playground (GraphiQL + React) into the service's static files, so that nothing is fetched from
// outside at run time. Run by the server's build (see Graph.Server.csproj) or by hand: node web/playground/build.mjs
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'Graph.Server', 'Playground', 'bundle');
await mkdir(out, { recursive: true });

await build({
  entryPoints: [join(here, 'main.jsx')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outfile: join(out, 'playground.js'),
  loader: { '.js': 'jsx', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  legalComments: 'linked',
});

await writeFile(join(out, 'index.html'), `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Graph — GraphQL playground</title>
<link rel="stylesheet" href="playground/playground.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="playground/playground.js"></script>
</body>
</html>
`);
console.log(`playground bundled into ${out}`);
