// Options for getIntrospectionQuery() in the round trip. oneOf is needed on top of the
// brief's list: without isOneOf, buildClientSchema loses @oneOf and the prints differ.
export const INTROSPECTION_OPTIONS = Object.freeze({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
