// The graphql-js 16 oracle of the conformance harness (README.md).
// Usage: node tests/conformance/graphql/oracle.mjs [--out file]
// Writes one JSON object: the graphql-js version, the Echo field names, the printed schema
// for the introspection round trip, and the outcome of every corpus document in name order.
import { writeFileSync } from 'node:fs';
import { buildSchema, buildClientSchema, getIntrospectionQuery, graphqlSync, printSchema, version } from 'graphql';
import { loadLibrarySchema, readFixture } from './lib/library-schema.mjs';
import { readCorpus } from './lib/corpus.mjs';
import { runDocument } from './lib/run-document.mjs';
import { INTROSPECTION_OPTIONS } from './lib/introspection-options.mjs';

function parseArgs(argv) {
  const args = { out: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out' && i + 1 < argv.length) args.out = argv[++i];
    else throw new Error(`unknown argument: ${argv[i]} (usage: oracle.mjs [--out file])`);
  }
  return args;
}

/** graphql-js's own introspection round trip must reproduce its print, or the comparison means nothing. */
function selfCheck(sdl, expectedPrint) {
  const plain = buildSchema(sdl);
  const result = graphqlSync({ schema: plain, source: getIntrospectionQuery(INTROSPECTION_OPTIONS) });
  if (result.errors) return false;
  return printSchema(buildClientSchema(result.data)) === expectedPrint;
}

async function main() {
  const { out } = parseArgs(process.argv.slice(2));
  const { sdl, schema, echoFields } = loadLibrarySchema();
  const fixture = readFixture();
  const introspectionPrint = printSchema(buildSchema(sdl));
  const documents = [];
  for (const doc of readCorpus()) {
    const outcome = await runDocument(schema, fixture, doc);
    documents.push({ name: doc.name, category: doc.category, expect: doc.expect, ...outcome });
  }
  const report = {
    graphqlVersion: version,
    echoFields,
    introspectionOptions: INTROSPECTION_OPTIONS,
    introspectionPrint,
    introspectionSelfCheck: selfCheck(sdl, introspectionPrint),
    documents,
  };
  const text = JSON.stringify(report, null, 1) + '\n';
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

main().catch((error) => {
  process.stderr.write(`oracle failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
