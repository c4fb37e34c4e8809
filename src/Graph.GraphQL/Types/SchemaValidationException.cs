namespace Graph.GraphQL.Types;

/// <summary>
/// Thrown by <see cref="SchemaBuilder"/> when the SDL or the schema it describes breaks the spec's rules. Lists every
/// problem found, each with the SDL locations it concerns; the message joins them with blank lines (as graphql-js's
/// <c>assertValidSchema</c> does).
/// </summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public SchemaValidationException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join("\n\n", errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}
