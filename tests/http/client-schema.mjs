// Proves that a client can rebuild the server's schema: runs graphql-js's introspection query against the live
// server, feeds the result to buildClientSchema() and prints the schema (printSchema) to stdout.
// Usage: node tests/http/client-schema.mjs http://127.0.0.1:PORT/graphql
import { getIntrospectionQuery, buildClientSchema, printSchema } from 'graphql';

const url = process.argv[2];
const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
const res = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
if (res.status !== 200) {
  console.error(`introspection answered HTTP ${res.status}: ${await res.text()}`);
  process.exit(1);
}
const body = await res.json();
if (body.errors) {
  console.error(`introspection errors: ${JSON.stringify(body.errors)}`);
  process.exit(1);
}
const schema = buildClientSchema(body.data);
process.stdout.write(printSchema(schema));
