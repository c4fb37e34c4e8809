// Reads the corpus: NNN-name.graphql documents, an optional NNN-name.json beside each
// ({"variables": {...}, "operationName": "..."}), and the header comments
// "# category: ..." and "# expect: ..." on the first lines of every document.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { conformanceDir } from './library-schema.mjs';

export const corpusDir = join(conformanceDir, 'corpus');
export const EXPECTATIONS = ['syntax', 'validation', 'request', 'data', 'partial'];

function header(text, key) {
  const match = new RegExp(`^#\\s*${key}:\\s*(\\S+)\\s*$`, 'm').exec(text);
  return match ? match[1] : null;
}

export function readCorpus() {
  const names = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.slice(0, -'.graphql'.length))
    .sort();
  return names.map((name) => {
    const query = readFileSync(join(corpusDir, `${name}.graphql`), 'utf8');
    const requestFile = join(corpusDir, `${name}.json`);
    const request = existsSync(requestFile) ? JSON.parse(readFileSync(requestFile, 'utf8')) : {};
    return {
      name,
      query,
      variables: request.variables ?? null,
      operationName: request.operationName ?? null,
      category: header(query, 'category'),
      expect: header(query, 'expect'),
    };
  });
}
