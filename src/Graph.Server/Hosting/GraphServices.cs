using Graph.GraphQL;
using Graph.Ingestion;
using Graph.Model;
using Graph.Server.Api;
using Graph.Server.Configuration;
using Graph.Server.Http;
using Graph.Server.Storage;
using Microsoft.Extensions.Options;

namespace Graph.Server.Hosting;

/// <summary>The service's parts and how they are wired; shared by the HTTP host and the CLI verbs.</summary>
public static class GraphServices
{
    public static IServiceCollection AddGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphOptions>(configuration.GetSection(GraphOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GraphOptions>>().Value);
        services.AddSingleton<IGraphStore>(sp => GraphStoreFactory.Create(sp.GetRequiredService<GraphOptions>(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(_ => Graph.Ingestion.Lexicon.Lexicon.LoadDefault());
        services.AddSingleton(sp => new IngestionPipeline(
            sp.GetRequiredService<IGraphStore>(), sp.GetRequiredService<Graph.Ingestion.Lexicon.Lexicon>(), sp.GetRequiredService<ILogger<IngestionPipeline>>()));
        services.AddSingleton<SeedLoader>();
        return services;
    }

    public static IServiceCollection AddGraphHttp(this IServiceCollection services)
    {
        services.AddSingleton(sp => GraphApiSchema.Build(sp.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.Api")));
        services.AddSingleton(sp =>
        {
            var limits = sp.GetRequiredService<GraphOptions>().Limits;
            return new GraphQLEngine(sp.GetRequiredService<Graph.GraphQL.Types.GraphQLSchema>(), new EngineOptions
            {
                ParserOptions = new Graph.GraphQL.Language.ParserOptions { MaxDocumentLength = limits.MaxQueryLength },
                ExposeExceptionMessages = false,
            });
        });
        services.AddSingleton(sp => new QueryAnalyzer(sp.GetRequiredService<Graph.GraphQL.Types.GraphQLSchema>()));
        services.AddSingleton(sp => new PersistedQueries(sp.GetRequiredService<GraphOptions>().PersistedQueryEntries));
        services.AddSingleton(sp => new ResultCache(sp.GetRequiredService<GraphOptions>().ResultCacheEntries));
        services.AddSingleton<ApiKeyGuard>();
        services.AddSingleton<PlaygroundPage>();
        services.AddSingleton<GraphQLEndpoint>();
        return services;
    }
}
