// Times graphql-js 16 on the workloads of bench/Graph.Benchmarks/GraphQL/Workloads (same SDL, same documents, same
// generated data as the C# benchmarks) and prints operations per second.
//   node bench/graphql-js/bench.mjs            tables of the median and of the best round
//   node bench/graphql-js/bench.mjs --json     the same figures as JSON
//   node bench/graphql-js/bench.mjs --seconds 3  time per measurement round (default 2)
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { buildSchema, execute, parse, validate, version } from 'graphql';

const workloadDir = new URL('../Graph.Benchmarks/GraphQL/Workloads/', import.meta.url);
const read = (name) => readFileSync(new URL(name, workloadDir), 'utf8');

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const secondsAt = args.indexOf('--seconds');
const roundSeconds = secondsAt >= 0 ? Number(args[secondsAt + 1]) : 2;
const rounds = 5;

const GENRES = ['FICTION', 'HISTORY', 'SCIENCE', 'POETRY'];

/** The catalogue of Workloads/README.md: 1,000 authors with 2 books of 2 reviews each. */
function generate(authors = 1000, booksPerAuthor = 2, reviewsPerBook = 2) {
  const list = [];
  for (let i = 0; i < authors; i++) {
    const books = [];
    for (let j = 0; j < booksPerAuthor; j++) {
      const reviews = [];
      for (let k = 0; k < reviewsPerBook; k++) {
        reviews.push({
          id: `r${i}-${j}-${k}`,
          stars: 1 + ((i + j + k) % 5),
          text: `Review ${k} of book ${i}-${j}`,
          approved: (i + j + k) % 3 !== 0,
        });
      }
      books.push({
        id: `b${i}-${j}`,
        title: `Book ${i}-${j}`,
        year: 1950 + ((7 * i + j) % 70),
        rating: ((i + j) % 50) / 10,
        genre: GENRES[(i + j) % 4],
        reviews,
      });
    }
    list.push({ id: `a${i}`, name: `Author ${i}`, born: 1900 + (i % 100), books });
  }
  return list;
}

const schema = buildSchema(read('schema.graphql'));
const authors = generate();
const byId = new Map(authors.map((a) => [a.id, a]));
const rootValue = { authors, author: ({ id }) => byId.get(id) ?? null };

const workloads = [
  { name: 'Introspection', query: read('introspection.graphql') },
  { name: 'Nested', query: read('nested.graphql') },
  { name: 'Small', query: read('small.graphql'), variables: { id: 'a42' } },
];

/** Operations per second over several timed rounds, after a warm-up: the median round and the best round. */
function measure(fn) {
  const deadline = (seconds) => process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  for (const end = deadline(1); process.hrtime.bigint() < end; ) fn();
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    let count = 0;
    const start = process.hrtime.bigint();
    const end = start + BigInt(Math.round(roundSeconds * 1e9));
    let now = start;
    while (now < end) {
      for (let i = 0; i < 8; i++) fn();
      count += 8;
      now = process.hrtime.bigint();
    }
    rates.push(count / (Number(now - start) / 1e9));
  }
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(rates.length / 2)], best: rates[rates.length - 1] };
}

const results = [];
for (const workload of workloads) {
  const document = parse(workload.query);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`${workload.name} is invalid: ${errors.map((e) => e.message).join('; ')}`);
  const run = () => execute({ schema, document, rootValue, variableValues: workload.variables });
  const first = run();
  if (first.errors) throw new Error(`${workload.name} failed: ${JSON.stringify(first.errors)}`);
  const json = JSON.stringify(first);
  const digest = createHash('sha256').update(json, 'utf8').digest('hex').toUpperCase();

  const entry = {
    workload: workload.name,
    jsonCharacters: json.length,
    sha256: digest,
    parse: measure(() => parse(workload.query)),
    validate: measure(() => validate(schema, document)),
    execute: measure(run),
    executeToJson: measure(() => JSON.stringify(run())),
  };
  results.push(entry);
}

if (asJson) {
  process.stdout.write(JSON.stringify({ graphqlVersion: version, node: process.version, results }, null, 2) + '\n');
} else {
  const fmt = (n) => n.toFixed(1).padStart(12);
  for (const which of ['median', 'best']) {
    console.log(`graphql-js ${version} on node ${process.version}; ops/s, ${which} of ${rounds} rounds of ${roundSeconds}s`);
    console.log(`${'workload'.padEnd(14)}${'parse'.padStart(12)}${'validate'.padStart(12)}${'execute'.padStart(12)}${'exec+JSON'.padStart(12)}`);
    for (const r of results) {
      console.log(`${r.workload.padEnd(14)}${fmt(r.parse[which])}${fmt(r.validate[which])}${fmt(r.execute[which])}${fmt(r.executeToJson[which])}`);
    }
  }
  for (const r of results) console.log(`// ${r.workload}: ${r.jsonCharacters} characters of JSON, SHA-256 ${r.sha256}`);
}
