namespace Graph.GraphQL.Execution;

/// <summary>
/// A synchronous resolver of the engine itself (introspection): no context object is allocated for it.
/// </summary>
/// <param name="source">The parent value.</param>
/// <param name="arguments">The coerced arguments.</param>
/// <param name="state">The request being executed (schema, variables).</param>
internal delegate object? InternalResolver(object? source, IReadOnlyDictionary<string, object?> arguments, ExecutionState state);
