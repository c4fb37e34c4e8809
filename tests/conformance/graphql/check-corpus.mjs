// Checks that the corpus says what it means (README.md, "Corpus headers"):
// every document declares a category and an expectation, graphql-js agrees with the
// expectation, and a document filed under validation/<Rule> with "expect: validation"
// is rejected by that rule alone. Exit code 1 lists every disagreement.
// Usage: node tests/conformance/graphql/check-corpus.mjs
import * as graphql from 'graphql';
import { loadLibrarySchema, readFixture } from './lib/library-schema.mjs';
import { readCorpus, EXPECTATIONS } from './lib/corpus.mjs';
import { runDocument, outcomeKind } from './lib/run-document.mjs';

const { schema } = loadLibrarySchema();
const fixture = readFixture();
const ruleNames = new Set(graphql.specifiedRules.map((rule) => rule.name));
const problems = [];

for (const doc of readCorpus()) {
  if (!/^\d{3}-[a-z0-9-]+$/.test(doc.name)) problems.push(`${doc.name}: name is not NNN-short-name`);
  if (!doc.category) problems.push(`${doc.name}: no "# category:" header`);
  if (!EXPECTATIONS.includes(doc.expect)) problems.push(`${doc.name}: "# expect:" must be one of ${EXPECTATIONS.join(', ')}`);
  const outcome = await runDocument(schema, fixture, doc);
  const kind = outcomeKind(outcome);
  if (kind !== doc.expect) {
    const first = outcome.errors[0]?.message ?? '';
    problems.push(`${doc.name}: expected ${doc.expect}, graphql-js gave ${kind} ${first}`);
  }
  const rule = doc.category?.startsWith('validation/') ? doc.category.slice('validation/'.length) : null;
  if (rule !== null) {
    if (!ruleNames.has(rule)) {
      problems.push(`${doc.name}: ${rule} is not in graphql-js specifiedRules`);
    } else if (doc.expect === 'validation') {
      const alone = graphql.validate(schema, graphql.parse(doc.query), [graphql[rule]]);
      if (alone.length === 0) problems.push(`${doc.name}: ${rule} alone accepts the document`);
    }
  }
}

if (problems.length > 0) {
  process.stderr.write(problems.join('\n') + `\n${problems.length} problem(s)\n`);
  process.exit(1);
}
process.stdout.write('corpus OK\n');
