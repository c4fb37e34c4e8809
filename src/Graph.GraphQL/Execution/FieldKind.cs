namespace Graph.GraphQL.Execution;

/// <summary>How the executor obtains a field's value.</summary>
internal enum FieldKind
{
    /// <summary>No resolver: read the field from the parent value.</summary>
    Default,

    /// <summary>A resolver from the <see cref="Types.ResolverMap"/>.</summary>
    Resolver,

    /// <summary>One of the engine's own synchronous resolvers (introspection fields and meta-fields).</summary>
    Internal,

    /// <summary><c>__typename</c>: the parent's object type name.</summary>
    TypeName,
}
