// Loads one endpoint with autocannon (POST of a GraphQL query) and prints a JSON line with requests/s and latency.
// Usage: node bench/load/autocannon.mjs <url> <query file> <seconds> <connections>
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const [url, queryFile, seconds = '10', connections = '16'] = process.argv.slice(2);
const body = JSON.stringify({ query: readFileSync(queryFile, 'utf8') });
const result = await autocannon({
  url,
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body,
  duration: Number(seconds),
  connections: Number(connections),
  pipelining: 1,
});
const out = {
  url,
  requestsPerSecond: result.requests.average,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors,
  bytesPerRequest: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
};
console.log(JSON.stringify(out));
