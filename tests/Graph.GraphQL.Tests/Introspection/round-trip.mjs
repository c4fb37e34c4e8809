// The introspection round trip for any SDL, used by IntrospectionRoundTripTests.
//   node round-trip.mjs --print-query
//       prints getIntrospectionQuery() with every option graphql-js 16 has
//   node round-trip.mjs <schema.graphql> <response.json>
//       rebuilds the schema from our engine's response with buildClientSchema, prints it with printSchema and
//       compares it with printSchema(buildSchema(sdl)); prints {"equal", "expected", "actual"} as JSON.
// Exit code 0 when equal, 1 when not, 2 on bad input.
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

const options = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

const [first, second] = process.argv.slice(2);
if (first === '--print-query') {
  process.stdout.write(getIntrospectionQuery(options));
  process.exit(0);
}
if (!first || !second) {
  process.stderr.write('usage: round-trip.mjs --print-query | <schema.graphql> <response.json>\n');
  process.exit(2);
}

try {
  const response = JSON.parse(readFileSync(second, 'utf8'));
  if (response.errors?.length) throw new Error(`the response has errors: ${JSON.stringify(response.errors)}`);
  const expected = printSchema(buildSchema(readFileSync(first, 'utf8')));
  const actual = printSchema(buildClientSchema(response.data));
  process.stdout.write(JSON.stringify({ equal: expected === actual, expected, actual }) + '\n');
  process.exit(expected === actual ? 0 : 1);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
