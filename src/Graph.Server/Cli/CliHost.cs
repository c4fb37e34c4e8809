using Graph.Model;
using Graph.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Server.Cli;

/// <summary>The services a CLI verb needs (store, pipeline), configured like the service: appsettings.json, environment
/// variables, then the verb's own options.</summary>
public static class CliHost
{
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> overrides, LogLevel level = LogLevel.Warning)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(level));
        services.AddGraph(configuration);
        return services.BuildServiceProvider();
    }

    public static async Task<IGraphStore> OpenStoreAsync(ServiceProvider services, CancellationToken ct)
    {
        var store = services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(ct);
        return store;
    }
}
