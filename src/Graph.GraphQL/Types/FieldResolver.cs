using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Types;

/// <summary>Produces the value of one field for one parent value. May complete synchronously.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
