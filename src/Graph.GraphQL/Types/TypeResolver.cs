using Graph.GraphQL.Execution;

namespace Graph.GraphQL.Types;

/// <summary>
/// Names the concrete object type of a value returned for an interface or union field; returns null when it cannot
/// tell (the executor then reports an error).
/// </summary>
public delegate string? TypeResolver(object? value, ResolveContext context);
