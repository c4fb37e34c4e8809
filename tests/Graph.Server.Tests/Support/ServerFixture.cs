using Graph.Server.Cli;
using Microsoft.AspNetCore.Builder;

namespace Graph.Server.Tests.Support;

/// <summary>
/// The real service on a loopback port, on a fresh embedded store in a temporary folder, with the seeds ingested at
/// start-up exactly as the README's run command does. Mutations need the key <see cref="ApiKey"/>.
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-7f3a";

    private WebApplication? _app;
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("graph-server-tests-");

    public Uri BaseAddress { get; private set; } = null!;

    public Uri GraphQL => new(BaseAddress, "graphql");

    public GraphQLClient Client { get; private set; } = null!;

    /// <summary>Settings a derived fixture may change.</summary>
    protected virtual Dictionary<string, string?> Settings() => new()
    {
        ["Graph:DataDirectory"] = _data.FullName,
        ["Graph:SeedsDirectory"] = Repo.PathOf("seeds"),
        ["Graph:ApiKey"] = ApiKey,
        ["Graph:CorsOrigins:0"] = "http://front-end.example",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    public async Task InitializeAsync()
    {
        _app = ServeCommand.BuildApp(["--urls", "http://127.0.0.1:0"], Settings());
        await ServeCommand.PrepareAsync(_app, CancellationToken.None);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First().TrimEnd('/') + "/");
        Client = new GraphQLClient(new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) });
    }

    public T Service<T>() where T : notnull => _app!.Services.GetRequiredService<T>();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try { _data.Delete(recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "live server";
}
