// Loads the conformance schema and fixture exactly as the oracle uses them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { buildSchema } from 'graphql';
import { installCustomScalars } from './custom-scalars.mjs';
import { installEchoResolvers } from './echo-resolvers.mjs';

export const conformanceDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export function readSdl() {
  return readFileSync(join(conformanceDir, 'schema.graphql'), 'utf8');
}

export function readFixture() {
  return JSON.parse(readFileSync(join(conformanceDir, 'fixture.json'), 'utf8'));
}

/** The executable schema: SDL + custom scalar coercion + echo resolvers. */
export function loadLibrarySchema() {
  const sdl = readSdl();
  const schema = buildSchema(sdl);
  installCustomScalars(schema);
  const echoFields = installEchoResolvers(schema);
  return { sdl, schema, echoFields };
}
