// Runs one corpus document through graphql-js the way the spec's request pipeline does:
// parse, validate with specifiedRules, execute. Reports the phase that decided the outcome.
import { GraphQLError, parse, validate, execute, specifiedRules } from 'graphql';

function plainError(error) {
  return {
    message: error.message,
    locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
    path: error.path ?? null,
  };
}

export async function runDocument(schema, fixture, doc) {
  let document;
  try {
    document = parse(doc.query);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { phase: 'syntax', errors: [plainError(error)] };
  }
  const validationErrors = validate(schema, document, specifiedRules);
  if (validationErrors.length > 0) {
    return { phase: 'validation', errors: validationErrors.map(plainError) };
  }
  const result = await execute({
    schema,
    document,
    rootValue: fixture,
    variableValues: doc.variables ?? undefined,
    operationName: doc.operationName ?? undefined,
  });
  const outcome = { phase: 'execution', errors: (result.errors ?? []).map(plainError) };
  if ('data' in result && result.data !== undefined) {
    // JSON round trip: drops graphql-js's null-prototype objects, keeps key order.
    outcome.data = JSON.parse(JSON.stringify(result.data));
  }
  return outcome;
}

/** The expectation keyword (see corpus.mjs) that an outcome satisfies. */
export function outcomeKind(outcome) {
  if (outcome.phase !== 'execution') return outcome.phase;
  if (!('data' in outcome)) return 'request';
  return outcome.errors.length > 0 ? 'partial' : 'data';
}
