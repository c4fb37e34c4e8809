using Graph.GraphQL.Types;
using Graph.Model;

namespace Graph.Server.Api;

/// <summary>The analysts' schema (Api/schema.graphql, embedded) with its resolvers.</summary>
public static class GraphApiSchema
{
    public static string Sdl { get; } = ReadSdl();

    public static GraphQLSchema Build(ILogger? logger = null)
    {
        var map = new ResolverMap();
        map.AddEnumValues("NodeKind", EnumNames.Map<NodeKind>());
        map.AddEnumValues("EventType", EnumNames.Map<EventType>());
        map.AddEnumValues("RelationType", EnumNames.Map<RelationType>());
        map.AddEnumValues("DatePrecision", EnumNames.Map<DatePrecision>());
        map.AddEnumValues("Direction", EnumNames.Map<Direction>());
        map.AddEnumValues("EventOrder", new Dictionary<string, object>
        {
            ["TIME_ASC"] = EventOrder.TimeAscending,
            ["TIME_DESC"] = EventOrder.TimeDescending,
        });
        foreach (var abstractType in new[] { "Node", "Sourced", "Entity", "GraphNode" })
            map.AddTypeResolver(abstractType, (value, _) => TypeNames.Of(value));

        QueryResolvers.Register(map);
        EntityResolvers.Register(map);
        EventResolvers.Register(map);
        MutationResolvers.Register(map);
        var log = logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        foreach (var (coordinate, resolver) in map.FieldResolvers.ToArray())
            map.Add(coordinate, ResolverErrors.Guard(resolver, log));
        return SchemaBuilder.Build(Sdl, map);
    }

    private static string ReadSdl()
    {
        using var stream = typeof(GraphApiSchema).Assembly.GetManifestResourceStream("Graph.Server.schema.graphql")
            ?? throw new InvalidOperationException("The schema resource is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
