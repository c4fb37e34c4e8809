// Counts corpus documents per category and per expectation, and the invalid documents
// for every rule of graphql-js specifiedRules: those filed under the rule (fewer than 3 is
// flagged) and all those the rule rejects on its own, whatever their category.
// Usage: node tests/conformance/graphql/corpus-stats.mjs
import { parse, specifiedRules, validate } from 'graphql';
import { readCorpus, EXPECTATIONS } from './lib/corpus.mjs';
import { loadLibrarySchema } from './lib/library-schema.mjs';

const docs = readCorpus();
const byCategory = new Map();
for (const doc of docs) {
  const row = byCategory.get(doc.category) ?? Object.fromEntries(EXPECTATIONS.map((e) => [e, 0]));
  row[doc.expect] = (row[doc.expect] ?? 0) + 1;
  byCategory.set(doc.category, row);
}

const pad = (text, width) => String(text).padEnd(width);
const lines = [`${pad('category', 48)}${EXPECTATIONS.map((e) => pad(e, 11)).join('')}total`];
for (const [category, row] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
  const total = Object.values(row).reduce((a, b) => a + b, 0);
  lines.push(`${pad(category, 48)}${EXPECTATIONS.map((e) => pad(row[e], 11)).join('')}${total}`);
}
const totals = EXPECTATIONS.map((e) => docs.filter((d) => d.expect === e).length);
lines.push(`${pad('all', 48)}${totals.map((n) => pad(n, 11)).join('')}${docs.length}`);

const { schema } = loadLibrarySchema();
const parsed = docs.filter((d) => d.expect !== 'syntax').map((d) => parse(d.query));
lines.push('', `${pad('rule of specifiedRules', 48)}${pad('filed', 8)}${pad('rejects', 9)}`);
for (const rule of specifiedRules) {
  const filed = docs.filter((d) => d.category === `validation/${rule.name}` && d.expect === 'validation').length;
  const rejects = parsed.filter((document) => validate(schema, document, [rule]).length > 0).length;
  lines.push(`${pad(rule.name, 48)}${pad(filed, 8)}${pad(rejects, 9)}${filed < 3 ? 'FEWER THAN 3 FILED' : ''}`);
}
const topLevel = new Map();
for (const doc of docs) {
  const top = doc.category.split('/')[0];
  topLevel.set(top, (topLevel.get(top) ?? 0) + 1);
}
lines.push('', 'documents per top-level category:');
for (const [top, n] of [...topLevel].sort(([a], [b]) => a.localeCompare(b))) lines.push(`${pad(top, 48)}${n}`);
process.stdout.write(lines.join('\n') + '\n');
