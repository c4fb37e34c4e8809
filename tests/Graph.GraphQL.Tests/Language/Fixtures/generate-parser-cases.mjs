// Regenerates parser-cases.json from graphql-js (the reference implementation):
//   node tests/Graph.GraphQL.Tests/Language/Fixtures/generate-parser-cases.mjs
// Each case records what graphql-js does with a source text: the printed document when it parses,
// or the syntax error message and location when it does not.
import { parse, parseValue, parseType, print } from 'graphql';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const documents = [
  // Lexer: punctuators, names, numbers, strings, comments, ignored tokens
  '{ a }', '{a,b,,c}', '\uFEFF{ a }', '# comment\n{ a }', '{ a # trailing\n b }', '{\r\n a\r b\n}',
  '{ a(x: 0, y: -0, z: 12, w: -12) }', '{ a(x: 1.5, y: -1.5e10, z: 1E-3, w: 0.0, v: 1e+2) }',
  '{ a(x: 00) }', '{ a(x: 01) }', '{ a(x: -) }', '{ a(x: 1.) }', '{ a(x: .5) }', '{ a(x: 1e) }', '{ a(x: 1.5e) }',
  '{ a(x: 1ea) }', '{ a(x: 1.2.3) }', '{ a(x: 1a) }', '{ a(x: 0x1F) }', '{ a(x: 1_000) }', '{ a(x: 1.0e1.0) }', '{ a(x: -a) }',
  '{ a(x: "simple") }', '{ a(x: " white space ") }', '{ a(x: "quote \\"") }', '{ a(x: "escaped \\n\\r\\b\\t\\f\\\\\\/") }',
  '{ a(x: "unicode \\u1234\\u5678\\u90AB\\uCDEF") }', '{ a(x: "\\u{1F600}") }', '{ a(x: "\\u{0}") }', '{ a(x: "\\uD83D\\uDE00") }',
  '{ a(x: "\\u{D83D}") }', '{ a(x: "\\uD83D") }', '{ a(x: "\\uDE00") }', '{ a(x: "\\uD83Dx") }', '{ a(x: "\\uD83D\\u0041") }',
  '{ a(x: "\\u{110000}") }', '{ a(x: "\\u{}") }', '{ a(x: "\\u{FFFFFFFFF}") }', '{ a(x: "\\u{12") }', '{ a(x: "\\u12") }',
  '{ a(x: "\\uXYZW") }', '{ a(x: "\\x") }', '{ a(x: "\\") }', '{ a(x: "unterminated) }', '{ a(x: "line\nbreak") }',
  '{ a(x: "multi\rline") }', '{ a(x: "bad \u0007 char") }', '{ a(x: "bad \u0000 char") }', '{ a(x: "emoji 😀 ok") }',
  '{ a(x: "lone \uD83D high") }', '{ a(x: "lone \uDE00 low") }', '{ a(x: "é") }',
  '{ a(x: """block""") }', '{ a(x: """  indented\n    more\n  back""") }', '{ a(x: """\n\n  lead\n\n  trail\n\n""") }',
  '{ a(x: """escaped \\""" quotes""") }', '{ a(x: """contains " and "" quotes""") }', '{ a(x: """unterminated) }',
  '{ a(x: """ bad \u0001 """) }', '{ a(x: """\r\n  crlf\r\n  lines\r\n""") }', '{ a(x: """tab\tand\\n raw""") }',
  '{ a(x: """first\n  second\n    third""") }', '{ a(x: """   \n   """) }', '{ a(x: """"""") }', '{ a(x: """x""""") }',
  '?', '{ a ? }', '{ a & }', '{ a. }', '{ a .. b }', '{ a(x: \'single\') }', '\u0000', '{ \u00e9 }', '{ a } \u200B',
  '{ a } \uD83D', '{ a } \uDE00', '{ a } \uD83D\uDE00', '{ a } \u0080', '{ a } \u007F', '\t\t?',
  // Operations
  'query { a }', 'query Q { a }', 'mutation M { a }', 'subscription S { a }', 'query Q($a: Int, $b: [String!]! = ["x"], $c: In = {a: 1}) { a }',
  'query Q($a: Int = $b) { a }', 'query Q($a: Int @dir(x: 1)) { a }', 'query Q @dir { a }', 'query ($a: Int) { a }',
  '{ alias: field(a: 1, b: [1, 2], c: {d: e, f: null, g: true, h: false}, i: $v) @skip(if: $s) @include(if: true) { x } }',
  '{ ...Frag ... on T { a } ... @dir { b } ... { c } }', 'fragment F on T { a }', 'fragment F on T @dir { a }',
  'fragment on on T { a }', 'fragment F { a }', 'fragment F on { a }', '{ ...on }', 'query on { a }',
  '"desc" query Q { a }', '"""block desc""" query Q { a }', '"desc" { a }', '"desc" fragment F on T { a }', '"desc" extend type T { a: Int }',
  'query Q("desc" $a: Int) { a }', '"desc"', '"desc" blah', 'query Q($a: Int) @x { a }',
  // Operation errors
  '', '   ', '# only a comment', '{', '{ }', '{ a', '{ a(', '{ a() }', '{ a(b) }', '{ a(b:) }', '{ a(b: ) }', '{ a(b: 1 }', '{ a: }', '{ a: b: c }',
  'query', 'query Q', 'query Q(', 'query Q() { a }', 'query Q($) { a }', 'query Q($a) { a }', 'query Q($a:) { a }', 'query Q($a: Int =) { a }',
  'query Q($a: [Int) { a }', 'query Q($a: Int!!) { a }', 'query Q($a: !) { a }', 'notAKeyword { a }', 'Query { a }', 'query Q { a } }',
  '{ a } extra', '{ a @ }', '{ a @dir( }', '{ a(b: [1, 2) }', '{ a(b: {c: 1) }', '{ a(b: {c}) }', '{ a(b: {1: 2}) }', '{ ... }', '{ ...F @ }',
  'query Q($a: Int = {b: $c}) { a }', 'query Q($a: Int = [$c]) { a }', 'query Q($a: Int = $) { a }', 'query Q($a: Int @d(x: $y)) { a }',
  '{ a(b: $) }', '{ a(b: $1) }', '{ $a }', '{ a(b: @c) }', 'mutation { a }', 'subscription { a }', 'extend', 'extend foo', '{ a(b: "c" d: "e") }',
  // Type system
  'schema { query: Q }', 'schema { query: Q mutation: M subscription: S }', '"desc" schema @d { query: Q }', 'schema { }', 'schema { query }',
  'schema { query: Q, query: R }', 'schema { foo: Q }', 'schema @d', 'extend schema @d', 'extend schema { mutation: M }', 'extend schema',
  'scalar S', 'scalar S @d(a: 1)', '"""desc""" scalar S', 'extend scalar S @d', 'extend scalar S',
  'type T', 'type T { a: Int }', 'type T implements I { a: Int }', 'type T implements I & J @d { a: Int }', 'type T implements & I { a: Int }',
  'type T implements I J { a: Int }', 'type T { a(b: Int = 1 @d, "desc" c: [String!]! @e): Int @f }', 'type T { "desc" a: Int }',
  'type T { a }', 'type T { a: }', 'type T { }', 'type T { a(): Int }', 'type T { a(b): Int }', 'type T { a(b: Int = $c): Int }',
  'extend type T { a: Int }', 'extend type T implements I', 'extend type T @d', 'extend type T', 'type T @d(a: $b) { a: Int }',
  'interface I { a: Int }', 'interface I implements J { a: Int }', 'interface I', 'extend interface I { b: Int }', 'extend interface I',
  'union U = A | B', 'union U = | A | B', 'union U @d = A', 'union U', 'union U =', 'union U = A |', 'union U = | ', 'extend union U = C', 'extend union U @d', 'extend union U',
  'enum E { A B C }', 'enum E { A @deprecated(reason: "x") "desc" B }', 'enum E { true }', 'enum E { false }', 'enum E { null }', 'enum E { }', 'enum E',
  'extend enum E { D }', 'extend enum E @d', 'extend enum E', 'enum E { A, B, }',
  'input I { a: Int = 1, b: [I!] }', 'input I @oneOf { a: Int b: String }', 'input I', 'input I { a(b: Int): Int }', 'extend input I { c: Int }', 'extend input I @d', 'extend input I',
  'directive @d on FIELD', 'directive @d(a: Int = 1) repeatable on FIELD | QUERY', 'directive @d on | FIELD', 'directive @d on FIELD |',
  'directive @d on UNKNOWN', 'directive @d', 'directive d on FIELD', 'directive @d repeatable FIELD', '"""desc""" directive @d("arg" a: Int) on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | VARIABLE_DEFINITION | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | QUERY | MUTATION | SUBSCRIPTION | FIELD',
  'directive @d on DIRECTIVE_DEFINITION', 'extend directive @d @x', 'type T { a: Int } { b }', 'scalar S type T { a: S } extend scalar S @d query { a }',
  // Printing layout
  '{ aVeryLongFieldNameThatTakesSpace(firstArgument: "a fairly long string value", secondArgument: 12345) { x } }',
  'query Q($a: Int, "described" $b: String) { a }', '{ a(x: """multi\nline\nblock""") }', 'type T { a("""\n  arg desc\n  """ b: Int): Int }',
  'type T {\n  "field desc"\n  a: Int\n  """\n  multi\n  line\n  """\n  b(c: Int): String\n}',
  '{ a { b { c { d { e { f } } } } } }', '{ a(list: [[1, 2], [3]], obj: {a: {b: {c: [1]}}}) }', 'query { ... on T @include(if: true) { a } }',
  'fragment F on T @a @b { ...G @c }', '"""  leading space""" type T { a: Int }', '"trailing quote\\"" type T { a: Int }', '"""ends with slash\\""" type T { a: Int }',
];

const values = ['1', '-1.5', '"s"', '"""b"""', 'true', 'null', 'ENUM', '$v', '[1, $v]', '{a: 1, b: [2]}', '{', '[', '1 2', '$', ''];
const types = ['Int', 'Int!', '[Int]', '[[Int!]!]!', 'Int!!', '[Int', '!', '', '[]'];

// Lone surrogates do not survive every JSON reader, so such sources are also given as UTF-16 code units.
const hasLoneSurrogate = (text) => /[\uD800-\uDFFF]/.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));

function run(kind, source, fn) {
  const units = hasLoneSurrogate(source) ? { utf16: [...Array(source.length).keys()].map((i) => source.charCodeAt(i)) } : {};
  try {
    const node = fn(source);
    return { kind, source: hasLoneSurrogate(source) ? '' : source, ...units, ok: true, printed: print(node) };
  } catch (error) {
    const location = error.locations?.[0] ?? null;
    return {
      kind, source: hasLoneSurrogate(source) ? '' : source, ...units, ok: false,
      message: error.message, line: location?.line ?? 0, column: location?.column ?? 0,
    };
  }
}

const cases = [
  ...documents.map((source) => run('document', source, parse)),
  ...values.map((source) => run('value', source, parseValue)),
  ...types.map((source) => run('type', source, parseType)),
];
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'parser-cases.json'), JSON.stringify(cases, null, 1) + '\n');
console.log(`wrote ${cases.length} cases`);
