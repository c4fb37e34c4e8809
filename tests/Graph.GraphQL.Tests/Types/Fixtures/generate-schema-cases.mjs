// Regenerates schema-cases.json from graphql-js 16:
//   node tests/Graph.GraphQL.Tests/Types/Fixtures/generate-schema-cases.mjs
// For each SDL text it records either the SDL validation errors, the schema validation errors
// (message + locations), or, for a valid schema, printSchema output and the type map's order.
import { parse, buildASTSchema, buildSchema, validateSchema, printSchema, printIntrospectionSchema } from 'graphql';
import { validateSDL } from 'graphql/validation/validate.js';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const schemas = [
  // Valid schemas
  'type Query { a: Int }',
  `"""The schema"""
schema { query: Root mutation: Mut }
type Root { a: Int }
type Mut { b(x: Int): String }`,
  'schema { query: Query subscription: Sub } type Query { a: Int } type Sub { s: String }',
  `"Query root" type Query {
  "A field" a(
    "an arg" x: Int = 1
    y: Float = 1.0
    z: [Int] = 1
    w: String = "quote \\" and \\n newline"
    v: ID = 12
    u: ID = "abc"
    t: Color = RED
    s: [Color!] = [RED, GREEN]
    r: In = {b: 2}
    q: Boolean = false
    p: Int = null
  ): String @deprecated
  b: String @deprecated(reason: "use a")
  c: String @deprecated(reason: "No longer supported")
}
enum Color { RED GREEN @deprecated BLUE @deprecated(reason: "too blue") }
input In { a: Int = 5 b: Int c: [In!] d: String = "x" @deprecated }`,
  `interface Node { id: ID! }
interface Named implements Node { id: ID! name: String }
type Person implements Node & Named { id: ID! name: String friends: [Person!]! }
type Query { node(id: ID!): Node people: [Person] }`,
  `union SearchResult = Photo | Person
type Photo { url: String }
type Person { name: String }
type Query { search(q: String!): [SearchResult!]! }`,
  `scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
scalar Date
scalar JSON
type Query { now: DateTime today: Date blob(input: JSON, n: JSON = 3, s: JSON = "x"): JSON }`,
  `input Pick @oneOf { id: ID name: String }
type Query { pick(by: Pick): String }`,
  `directive @cache(maxAge: Int = 60, "scope doc" scope: Scope = PUBLIC) repeatable on FIELD_DEFINITION | OBJECT
directive @auth(requires: [String!]!) on OBJECT | FIELD_DEFINITION
enum Scope { PUBLIC PRIVATE }
type Query @cache @cache(maxAge: 5) { a: Int @auth(requires: ["admin"]) }`,
  `type Query { a: Int }
extend type Query { b: String }
extend type Query implements Node { id: ID! }
interface Node { id: ID! }
enum E { A }
extend enum E { B }
input I { a: Int }
extend input I { b: String }
union U = Query
extend union U = Other
type Other { x: Int }
scalar S
extend scalar S @specifiedBy(url: "https://example.com")
extend schema @extra
directive @extra on SCHEMA`,
  `"""
Multi-line description
  with indentation
"""
type Query {
  """
  field desc with "quotes"
  """
  a: Int
  "  leading spaces" b: Int
  "trailing newline\\n" c: Int
  "ends with quote\\"" d: Int
  "has \\"\\"\\" triple" e: Int
}`,
  'type Query { a(x: String = """block default"""): Int }',
  `type Query { long(aVeryLongArgumentName: String, anotherVeryLongArgumentName: Int, yetAnotherArgument: Boolean): Int }`,
  'type Mutation { a: Int } type Subscription { b: Int } type Query { c: Int }',
  'type Query { a: Int } type Mutation { b: Int } schema { query: Query mutation: Mutation }',
  'type Query { i: Int f: Float s: String b: Boolean id: ID }',
  'scalar String type Query { a: String }',
  'type Query { a: __Type }',
  // SDL validation errors
  'type Query { a: Unknown }',
  'type Query { a: Strin }',
  'type Query { a: Int } type Query { b: Int }',
  'type Query { a: Int a: String }',
  'type Query { a: Int } extend type Query { a: String }',
  'enum E { A A } type Query { e: E }',
  'type Query { a(x: Int, x: String): Int }',
  'directive @d(a: Int, a: Int) on FIELD type Query { a: Int }',
  'type Query { a: Int @unknown }',
  'type Query @deprecated { a: Int }',
  'type Query { a: Int @deprecated @deprecated }',
  'directive @d on OBJECT type Query @d { a: Int } extend type Query @d',
  'type Query { a: Int @deprecated(because: "x") }',
  'directive @d(req: Int!) on FIELD_DEFINITION type Query { a: Int @d }',
  'type Query { a: Int @deprecated(reason: "x", reason: "y") }',
  'directive @d(a: In) on FIELD_DEFINITION input In { x: Int } type Query { a: Int @d(a: {x: 1, x: 2}) }',
  'type Query { a: Int } extend type Missing { b: Int }',
  'type Query { a: Int } extend type Querry { b: Int }',
  'type Query { a: Int } extend interface Query { b: Int }',
  'enum E { A } type Query { a: Int } extend input E { b: Int }',
  'schema { query: Query } schema { query: Query } type Query { a: Int }',
  'schema { query: Query query: Query } type Query { a: Int }',
  'schema { query: Query } extend schema { query: Query } type Query { a: Int }',
  'directive @d on FIELD directive @d on FIELD type Query { a: Int }',
  'schema { query: Nope }',
  // Schema validation errors
  'type Foo { a: Int }',
  'schema { mutation: Mutation } type Mutation { a: Int }',
  'interface Query { a: Int } type T implements Query { a: Int }',
  'input Query { a: Int }',
  'schema { query: Q mutation: In } type Q { a: Int } input In { a: Int }',
  'schema { query: Q subscription: U } type Q { a: Int } union U = Q',
  'type Query { a: Int } type Empty',
  'type Query { a: Int } interface I',
  'type Query { a: In } input In { x: Int }',
  'type Query { a(x: Query): Int }',
  'type Query { a(x: In): Int } input In { x: Query }',
  'interface I { a: Int b: String } type Query implements I { a: Int }',
  'interface I { a: Int } type Query implements I { a: String }',
  'interface I { a: Int } type Query implements I { a: Int! }',
  'interface I { a: [Int] } type Query implements I { a: [Int!]! }',
  'interface I { a(x: Int): Int } type Query implements I { a: Int }',
  'interface I { a(x: Int): Int } type Query implements I { a(x: String): Int }',
  'interface I { a(x: Int): Int } type Query implements I { a(x: Int, y: Int!): Int }',
  'interface I { a(x: Int): Int } type Query implements I { a(x: Int, y: Int! = 1, z: Int): Int }',
  'interface A { a: Int } interface B implements A { a: Int } type Query implements B { a: Int }',
  'interface A implements B { a: Int } interface B implements A { a: Int } type Query { a: A }',
  'interface I implements I { a: Int } type Query { a: I }',
  'interface I { a: Int } type Query implements I & I { a: Int }',
  'type Query { a: Int } type Other { a: Int } interface I { a: Other } type Impl implements I { a: Query }',
  'interface I { n: Node } interface Node { id: ID } type N implements Node { id: ID } type Query implements I { n: N }',
  'type Query { u: U } union U = Query | Query',
  'type Query { u: U } union U',
  'type Query { e: E } enum E',
  'type Query { a(i: In): Int } input In',
  'type Query { a(i: In): Int } input In { self: In! }',
  'type Query { a(i: A): Int } input A { b: B! } input B { c: C! } input C { a: A! }',
  'type Query { a(i: A): Int } input A { b: [A!]! c: A }',
  'type Query { a(i: O): Int } input O @oneOf { x: Int! y: String = "d" z: Int }',
  'type Query { a(x: Int! @deprecated): Int }',
  'type Query { a(x: Int! = 1 @deprecated): Int }',
  'type Query { a(i: In): Int } input In { x: Int! @deprecated }',
  'directive @d(x: Int! @deprecated) on FIELD type Query { a: Int }',
  'type __Bad { a: Int } type Query { b: __Bad }',
  'type Query { __a: Int }',
  'type Query { a(__x: Int): Int }',
  'type Query { e: E } enum E { __A B }',
  'type Query { a(i: In): Int } input In { __x: Int }',
  'directive @__d on FIELD type Query { a: Int }',
  'directive @d(__x: Int) on FIELD type Query { a: Int }',
  'directive @d(x: Query) on FIELD type Query { a: Int }',
];

function errorsOf(list) {
  return list.map((e) => ({ message: e.message, locations: (e.locations ?? []).map((l) => [l.line, l.column]) }));
}

const cases = schemas.map((sdl) => {
  const document = parse(sdl);
  const sdlErrors = validateSDL(document);
  if (sdlErrors.length > 0) {
    return { sdl, stage: 'sdl', errors: errorsOf(sdlErrors) };
  }
  const schema = buildASTSchema(document, { assumeValidSDL: true });
  const schemaErrors = validateSchema(schema);
  if (schemaErrors.length > 0) {
    return { sdl, stage: 'schema', errors: errorsOf(schemaErrors) };
  }
  return { sdl, stage: 'ok', printed: printSchema(schema), types: Object.keys(schema.getTypeMap()) };
});
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'schema-cases.json'), JSON.stringify(cases, null, 1) + '\n');
console.log(`wrote ${cases.length} cases`);
// The specified directives and introspection types, as printIntrospectionSchema prints them.
const introspection = printIntrospectionSchema(buildSchema('type Query { a: Int }'));
writeFileSync(join(here, 'introspection-schema.json'), JSON.stringify({ printed: introspection }, null, 1) + '\n');
