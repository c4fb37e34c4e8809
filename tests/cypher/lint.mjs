// Lints every Cypher statement of the Neo4j store with Neo4j's own analyzer (@neo4j-cypher/language-support).
//
//   node tests/cypher/lint.mjs --catalog <catalog.json> [--cypher-dir <folder>]
//
// The catalog is written by the store itself (Graph.Store.Neo4j CypherCatalog.WriteLintCatalog; the xunit test
// CypherLintTests writes it and runs this script): it lists the labels, relationship types and property keys of the
// store's data model and EVERY statement the store can send, with templates already expanded over the fixed list of
// relationship types. This script also reads cypher/*.cypher on its own and checks that the catalog holds exactly
// the sections of those files with the same declared parameters, so neither side can drift from the other; the
// templates are also linted as written, with their type token standing for a relationship type.
//
// Each statement is linted against a schema that declares only its own `// params:`: an undeclared parameter is an
// error, and so is a declared parameter the statement does not use. Any other error fails the run. A warning
// (e.g. a cartesian product, an unknown label or property) fails it too unless the statement carries a
// `// lint-warning-ok: <reason>` comment; a justification without a warning fails as stale.
// Exit code: 0 when clean, 1 on findings, 2 on usage or input errors.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cypher from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
function argument(name) {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1] ?? '';
}
// --cypher-dir lets a test point the script at a copy holding a deliberately broken statement.
const cypherDir = resolve(argument('--cypher-dir') ?? join(repoRoot, 'cypher'));

function usage(message) {
  console.error(`lint.mjs: ${message}`);
  console.error('usage: node tests/cypher/lint.mjs --catalog <catalog.json> [--cypher-dir <folder>]');
  console.error('(the catalog is written by the test: dotnet test tests/Graph.Store.Tests --filter CypherLint)');
  process.exit(2);
}

const catalogPath = argument('--catalog');
if (!catalogPath) usage('missing --catalog');
let catalog;
try {
  catalog = JSON.parse(readFileSync(catalogPath, 'utf8'));
} catch (e) {
  usage(`cannot read the catalog: ${e.message}`);
}
for (const key of ['labels', 'relationshipTypes', 'propertyKeys', 'typeToken', 'statements']) {
  if (!(key in catalog)) usage(`the catalog has no '${key}'`);
}

// ---- the files, read independently of the store ----------------------------------------------------------------
function parseFile(file) {
  const sections = [];
  let current = null;
  readFileSync(join(cypherDir, file), 'utf8').split(/\r?\n/).forEach((line, index) => {
    const name = /^\/\/\s*name:\s*(\S+)\s*$/.exec(line);
    if (name) {
      current = { name: name[1], file, line: index + 1, params: null, body: [] };
      sections.push(current);
      return;
    }
    if (!current) return;
    const params = /^\/\/\s*params:(.*)$/.exec(line);
    if (params && current.params === null) {
      current.params = params[1].split(',').map((p) => p.trim()).filter((p) => p.length > 0);
      return;
    }
    current.body.push(line);
  });
  return sections;
}

const problems = [];
let cypherFiles;
try {
  cypherFiles = readdirSync(cypherDir);
} catch (e) {
  usage(`cannot read the Cypher folder: ${e.message}`);
}
const fileSections = cypherFiles.filter((f) => f.endsWith('.cypher')).sort().flatMap(parseFile);
const seen = new Set();
for (const s of fileSections) {
  if (s.params === null) problems.push(`${s.file}:${s.line} ${s.name}: no '// params:' line`);
  if (seen.has(s.name)) problems.push(`${s.file}:${s.line} ${s.name}: the name is used twice`);
  seen.add(s.name);
}

// ---- the catalog must hold exactly the files' sections ---------------------------------------------------------
const catalogTemplates = new Map();
for (const st of catalog.statements) {
  if (!catalogTemplates.has(st.template)) catalogTemplates.set(st.template, st);
}
for (const s of fileSections) {
  const st = catalogTemplates.get(s.name);
  if (!st) {
    problems.push(`${s.file}:${s.line} ${s.name}: not in the store's catalog (the store would never send it)`);
  } else if (JSON.stringify([...st.parameters].sort()) !== JSON.stringify([...(s.params ?? [])].sort())) {
    problems.push(`${s.name}: the catalog declares (${st.parameters}) but the file declares (${s.params})`);
  }
}
for (const name of catalogTemplates.keys()) {
  if (!seen.has(name)) problems.push(`${name}: in the store's catalog but in no cypher/*.cypher file`);
}

// ---- lint ---------------------------------------------------------------------------------------------------------
const reference = cypher.testData.mockSchema; // the functions and procedures of a real Neo4j, as the package records them
function schemaFor(parameters, extraRelationshipTypes = []) {
  return {
    labels: catalog.labels,
    relationshipTypes: [...catalog.relationshipTypes, ...extraRelationshipTypes],
    propertyKeys: catalog.propertyKeys,
    parameters: Object.fromEntries(parameters.map((p) => [p, null])),
    functions: reference.functions,
    procedures: reference.procedures,
    defaultLanguage: 'CYPHER 5',
  };
}

const severityName = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
let linted = 0;
let justified = 0;
function lintOne(label, text, parameters, warningOk, extraRelationshipTypes) {
  linted++;
  // The analyzer reports an undeclared parameter as an error but skips a declared one that is never used.
  const used = new Set(cypher.parseParameters(text));
  for (const p of parameters) {
    if (!used.has(p)) problems.push(`${label}: declares $${p} but does not use it`);
  }
  const { diagnostics } = cypher.lintCypherQuery(text, schemaFor(parameters, extraRelationshipTypes));
  const errors = diagnostics.filter((d) => d.severity === 1);
  const warnings = diagnostics.filter((d) => d.severity === 2);
  for (const d of errors) problems.push(`${label}: error at ${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
  if (warnings.length > 0 && warningOk.length === 0) {
    for (const d of warnings) problems.push(`${label}: unjustified warning at ${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
  } else if (warnings.length > 0) {
    justified += warnings.length;
    for (const d of warnings) console.log(`  ${label}: justified warning (${warningOk.join('; ')}): ${d.message}`);
  } else if (warningOk.length > 0) {
    problems.push(`${label}: has 'lint-warning-ok' but the analyzer gives no warning (stale justification)`);
  }
  for (const d of diagnostics.filter((x) => x.severity > 2)) console.log(`  ${label}: ${severityName[d.severity]}: ${d.message}`);
}

// Templates as written, their type token declared as a relationship type for this pass. (Every other section is
// linted below exactly as the store sends it: its text without the comment lines.)
for (const s of fileSections.filter((x) => x.body.some((line) => line.includes(catalog.typeToken)))) {
  const text = s.body.join('\n');
  const warningOk = s.body.filter((l) => /^\/\/\s*lint-warning-ok:/.test(l));
  lintOne(`${s.file}:${s.line} ${s.name}`, text, s.params ?? [], warningOk, [catalog.typeToken]);
}
// Every statement the store can send, exactly as it sends it.
for (const st of catalog.statements) {
  lintOne(`catalog ${st.name}`, st.text, st.parameters, st.lintWarningOk);
}

const fileCount = new Set(fileSections.map((s) => s.file)).size;
console.log(`Cypher lint: ${fileSections.length} sections in ${fileCount} files, ${catalog.statements.length} statements the store can send; ` +
  `${linted} lint runs, ${justified} justified warnings, ${problems.length} problems.`);
if (problems.length > 0) {
  for (const p of problems) console.log(`FAIL ${p}`);
  process.exit(1);
}
