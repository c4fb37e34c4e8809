// The only resolvers of the conformance schema: every field of `Echo` returns its own
// coerced arguments with object keys sorted at every depth (README.md, "Echo fields").

/** Copies a coerced value, sorting object keys by UTF-16 code units (ordinal). */
export function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted = {};
    for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]);
    return sorted;
  }
  return value;
}

/** Attaches the echo resolver to every field of the Echo type; returns "Echo.<field>" names. */
export function installEchoResolvers(schema) {
  const echo = schema.getType('Echo');
  if (!echo) throw new Error('schema has no Echo type');
  const names = [];
  for (const field of Object.values(echo.getFields())) {
    field.resolve = (_source, args) => sortKeys(args);
    names.push(`Echo.${field.name}`);
  }
  return names;
}
