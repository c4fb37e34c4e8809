// Regenerates scalar-cases.json from graphql-js 16:
//   node tests/Graph.GraphQL.Tests/Types/Fixtures/generate-scalar-cases.mjs
// For each built-in scalar it records serialize / parseValue over JSON inputs and parseLiteral over literals:
// the coerced value (as JSON) or the error message.
import { GraphQLInt, GraphQLFloat, GraphQLString, GraphQLBoolean, GraphQLID, parseValue } from 'graphql';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const scalars = [GraphQLInt, GraphQLFloat, GraphQLString, GraphQLBoolean, GraphQLID];
const jsonInputs = [
  '0', '1', '-1', '1.0', '1.5', '-1.5', '2147483647', '-2147483648', '2147483648', '-2147483649', '1e3', '1e21', '1e100',
  '1e-7', '0.1', '9007199254740993', '123456789012', '"1"', '"-12"', '"1.5"', '"abc"', '""', '" 12 "', '"0x10"', '"1e3"',
  '"Infinity"', '"true"', 'true', 'false', '[1]', '[]', '{"a":1}', '{}', '"\\u00e9"', '"multi\\nline"',
];
const literals = [
  '0', '1', '-1', '2147483647', '2147483648', '-2147483649', '12345678901234567890', '1.5', '-1.0', '1e3', '1.5e-3', '"s"', '""',
  '"""block"""', '"123"', 'true', 'false', 'ENUM_VALUE', '[1]', '[]', '{a: 1}', '{}',
];

function attempt(fn) {
  try {
    const value = fn();
    return { ok: true, value: value === undefined ? null : value };
  } catch (error) {
    return { ok: false, message: error.message };
  }
}

const cases = [];
for (const scalar of scalars) {
  for (const input of jsonInputs) {
    const value = JSON.parse(input);
    cases.push({ scalar: scalar.name, operation: 'serialize', input, ...attempt(() => scalar.serialize(value)) });
    cases.push({ scalar: scalar.name, operation: 'parseValue', input, ...attempt(() => scalar.parseValue(value)) });
  }
  for (const input of literals) {
    cases.push({ scalar: scalar.name, operation: 'parseLiteral', input, ...attempt(() => scalar.parseLiteral(parseValue(input))) });
  }
}
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'scalar-cases.json'), JSON.stringify(cases, null, 1) + '\n');
console.log(`wrote ${cases.length} cases`);
