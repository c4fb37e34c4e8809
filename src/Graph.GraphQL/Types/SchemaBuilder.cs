using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="GraphQLSchema"/> from SDL (type definitions, <c>extend</c> definitions, directive
/// definitions, schema definition) and a <see cref="ResolverMap"/>, then validates it. Every problem is reported at
/// once in a <see cref="SchemaValidationException"/>; syntax errors surface as <see cref="GraphQLSyntaxError"/>.
/// The result matches graphql-js <c>buildSchema</c> (same types, order, descriptions, defaults and directives).
/// </summary>
public static class SchemaBuilder
{
    /// <summary>Parses and builds a schema.</summary>
    public static GraphQLSchema Build(string sdl, ResolverMap? resolvers = null, SchemaBuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        options ??= SchemaBuildOptions.Default;
        var document = Parser.Parse(new Source(sdl, options.SourceName), options.ParserOptions);
        return Build(document, resolvers, options);
    }

    /// <summary>Builds a schema from a parsed SDL document (operations and fragments in it are ignored).</summary>
    public static GraphQLSchema Build(Document document, ResolverMap? resolvers = null, SchemaBuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= SchemaBuildOptions.Default;
        var sdlErrors = SdlValidator.Validate(document);
        if (sdlErrors.Count > 0)
        {
            throw new SchemaValidationException(sdlErrors);
        }

        var (schema, buildErrors) = SchemaAssembler.Assemble(document, resolvers ?? new ResolverMap(), options.AllowUnusedResolvers);
        var errors = buildErrors.Concat(SchemaValidator.Validate(schema)).ToList();
        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }

        return schema;
    }
}
