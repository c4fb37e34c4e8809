using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.GraphQL;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.Benchmarks.GraphQL;

/// <summary>The workloads of Workloads/README.md, shared with bench/graphql-js/bench.mjs.</summary>
public enum WorkloadName
{
    /// <summary>graphql-js's introspection query.</summary>
    Introspection,

    /// <summary>Three levels over 1,000 authors.</summary>
    Nested,

    /// <summary>One author by id: 15 field values.</summary>
    Small,
}

/// <summary>One workload: its schema, engine, data, document text and request.</summary>
public sealed class GraphQLWorkload
{
    private GraphQLWorkload(GraphQLSchema schema, BenchCatalogue catalogue, string query, JsonElement? variables)
    {
        Schema = schema;
        Catalogue = catalogue;
        Query = query;
        Request = new GraphQLRequest(query, Variables: variables, RootValue: catalogue);
        Engine = new GraphQLEngine(schema);
        Document = Graph.GraphQL.Language.Parser.Parse(query);
    }

    public GraphQLSchema Schema { get; }

    public BenchCatalogue Catalogue { get; }

    public string Query { get; }

    public GraphQLRequest Request { get; }

    public GraphQLEngine Engine { get; }

    public Document Document { get; }

    /// <summary>The folder holding the shared SDL and documents.</summary>
    public static string Directory => Path.Combine(SourceDirectory(), "Workloads");

    /// <summary>Builds a workload (schema from the shared SDL, resolvers, data and request).</summary>
    public static GraphQLWorkload Create(WorkloadName name)
    {
        var catalogue = BenchCatalogue.Generate();
        var resolvers = new ResolverMap()
            .Add("Query.author", context => catalogue.ById.GetValueOrDefault(context.GetArgument<string>("id")!));
        var schema = SchemaBuilder.Build(File.ReadAllText(Path.Combine(Directory, "schema.graphql")), resolvers);
        var (file, variables) = name switch
        {
            WorkloadName.Introspection => ("introspection.graphql", (JsonElement?)null),
            WorkloadName.Nested => ("nested.graphql", null),
            _ => ("small.graphql", JsonDocument.Parse("""{"id":"a42"}""").RootElement),
        };
        return new GraphQLWorkload(schema, catalogue, File.ReadAllText(Path.Combine(Directory, file)), variables);
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
