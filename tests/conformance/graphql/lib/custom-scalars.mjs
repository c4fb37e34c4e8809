// The coercion rules of the schema's custom scalars, as both engines must apply them.
// graphql-js's buildSchema gives custom scalars pass-through coercion; the conformance
// contract is stricter (see README.md, "Custom scalars"), so the oracle installs it here.
import { GraphQLError, Kind, print, valueFromASTUntyped } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/;

function isCalendarDate(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function isDate(value) {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  return m !== null && isCalendarDate(+m[1], +m[2], +m[3]);
}

export function isDateTime(value) {
  if (typeof value !== 'string') return false;
  const m = DATE_TIME.exec(value);
  if (m === null || !isCalendarDate(+m[1], +m[2], +m[3])) return false;
  if (+m[4] > 23 || +m[5] > 59 || +m[6] > 59) return false;
  if (m[8] !== 'Z' && (+m[9] > 23 || +m[10] > 59)) return false;
  return true;
}

// Errors carry the literal's node, as graphql-js's built-in scalars do, so validation reports its location.
function stringScalar(name, isValid) {
  const check = (value, node) => {
    if (!isValid(value)) {
      throw new GraphQLError(`${name} cannot represent value: ${JSON.stringify(value)}`, { nodes: node });
    }
    return value;
  };
  return {
    serialize: (value) => check(value),
    parseValue: (value) => check(value),
    parseLiteral(node) {
      if (node.kind !== Kind.STRING) {
        throw new GraphQLError(`${name} cannot represent a non-string value: ${print(node)}`, { nodes: node });
      }
      return check(node.value, node);
    },
  };
}

const coercions = {
  Date: stringScalar('Date', isDate),
  DateTime: stringScalar('DateTime', isDateTime),
  JSON: {
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: (node, variables) => valueFromASTUntyped(node, variables),
  },
};

/** Replaces the pass-through coercion buildSchema gave each custom scalar. */
export function installCustomScalars(schema) {
  for (const [name, coercion] of Object.entries(coercions)) {
    const type = schema.getType(name);
    if (!type) throw new Error(`schema has no scalar ${name}`);
    Object.assign(type, coercion);
  }
}
