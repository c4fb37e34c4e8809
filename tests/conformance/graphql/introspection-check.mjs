// The introspection round trip of the conformance harness (README.md).
//   node tests/conformance/graphql/introspection-check.mjs --print-query
//       prints getIntrospectionQuery() with the harness's options
//   node tests/conformance/graphql/introspection-check.mjs <result.json>
//       reads another engine's response to that query ({"data": ...}), rebuilds the schema with
//       buildClientSchema, prints it with printSchema and compares it with printSchema(buildSchema(sdl)).
// Prints {"equal", "expected", "actual", "diff"} as JSON; exit code 0 when equal, 1 when not, 2 on bad input.
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';
import { readSdl } from './lib/library-schema.mjs';
import { INTROSPECTION_OPTIONS } from './lib/introspection-options.mjs';
import { lineDiff } from './lib/line-diff.mjs';

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const arg = process.argv[2];
if (arg === undefined) fail('usage: introspection-check.mjs --print-query | <result.json>');
if (arg === '--print-query') {
  process.stdout.write(getIntrospectionQuery(INTROSPECTION_OPTIONS));
  process.exit(0);
}

let response;
try {
  response = JSON.parse(readFileSync(arg, 'utf8'));
} catch (error) {
  fail(`cannot read ${arg}: ${error.message}`);
}
if (response?.errors?.length) fail(`the response has errors: ${JSON.stringify(response.errors)}`);
if (!response?.data?.__schema) fail('the response has no data.__schema');

let actual;
try {
  actual = printSchema(buildClientSchema(response.data));
} catch (error) {
  fail(`buildClientSchema rejected the introspection result: ${error.message}`);
}
const expected = printSchema(buildSchema(readSdl()));
const equal = actual === expected;
process.stdout.write(JSON.stringify({ equal, expected, actual, diff: equal ? '' : lineDiff(expected, actual) }) + '\n');
process.exit(equal ? 0 : 1);
