// Runs graphql-http's GraphQL-over-HTTP conformance audits against a running server.
// Usage: node tests/http/audit.mjs http://127.0.0.1:PORT/graphql
// Prints one line per audit and exits non-zero when any MUST or SHOULD audit fails (MAY audits are reported only).
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node tests/http/audit.mjs <graphql url>');
  process.exit(2);
}

const results = await auditServer({ url });
let failed = 0;
const counts = { ok: 0, warn: 0, error: 0 };
for (const r of results) {
  counts[r.status] = (counts[r.status] ?? 0) + 1;
  const level = r.name.startsWith('MUST') ? 'MUST' : r.name.startsWith('SHOULD') ? 'SHOULD' : 'MAY';
  const bad = r.status !== 'ok';
  if (bad && level !== 'MAY') failed++;
  const detail = bad ? ` -- ${r.reason}${r.response ? ` (status ${r.response.status})` : ''}` : '';
  console.log(`${bad ? (level === 'MAY' ? 'note' : 'FAIL') : 'ok  '} [${r.id}] ${r.name}${detail}`);
}
console.log(`audits: ${results.length}, ok: ${counts.ok}, not ok: ${results.length - counts.ok}, MUST/SHOULD failures: ${failed}`);
process.exit(failed === 0 ? 0 : 1);
