using System.CommandLine;
using Graph.Model;
using Graph.Server.Configuration;
using Graph.Server.Hosting;
using Graph.Server.Http;
using Graph.Server.Storage;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.FileProviders;

namespace Graph.Server.Cli;

/// <summary><c>graph serve</c> (the default verb): opens the store, loads the seeds into an empty store, serves /graphql.</summary>
public static class ServeCommand
{
    public static readonly Option<string?> Urls = new("--urls") { Description = "Where to listen, e.g. http://127.0.0.1:5080 (default http://localhost:5000)." };

    public static Command Create()
    {
        var common = new CommonOptions();
        var command = new Command("serve", "Serve the GraphQL API and its playground at /graphql (the default when no verb is given).");
        Configure(command, common);
        return command;
    }

    /// <summary>Gives a command (serve, or the root command) the serve options and action.</summary>
    public static void Configure(Command command, CommonOptions common)
    {
        command.Options.Add(Urls);
        common.AddTo(command);
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) =>
        {
            var args = result.UnmatchedTokens.ToList();
            if (result.GetValue(Urls) is { } urls) args.AddRange(["--urls", urls]);
            return await RunAsync(args.ToArray(), common.Overrides(result), ct);
        });
    }

    public static async Task<int> RunAsync(string[] args, Dictionary<string, string?> overrides, CancellationToken ct)
    {
        var app = BuildApp(args, overrides);
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Graph");
        try
        {
            await PrepareAsync(app, ct);
        }
        catch (GraphStoreException e)
        {
            log.LogCritical("The store is not available ({Code}): {Message}", e.Code, e.Message);
            return ExitCodes.StoreFailure;
        }
        catch (ArgumentException e)
        {
            log.LogCritical("Configuration error: {Message}", e.Message);
            return ExitCodes.Usage;
        }
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in app.Urls)
                Console.WriteLine($"Graph is serving GraphQL at {address.TrimEnd('/')}/graphql (open it in a browser for the playground)");
        });
        await app.RunAsync(ct);
        return ExitCodes.Ok;
    }

    /// <summary>Opens the store (creating its schema) and loads the seeds into an empty store.</summary>
    public static async Task PrepareAsync(WebApplication app, CancellationToken ct)
    {
        var options = app.Services.GetRequiredService<GraphOptions>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Graph");
        log.LogInformation("Opening the store: {Store}", GraphStoreFactory.Describe(options));
        await app.Services.GetRequiredService<IGraphStore>().InitializeAsync(ct);
        await app.Services.GetRequiredService<Hosting.SeedLoader>().LoadIfEmptyAsync(ct);
    }

    /// <summary>The web application, configured and routed but not started (tests start it on a loopback port).</summary>
    public static WebApplication BuildApp(string[] args, IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.AddGraph(builder.Configuration).AddGraphHttp();
        var limits = builder.Configuration.GetSection(GraphOptions.Section).Get<GraphOptions>()?.Limits ?? new GraphQLLimits();
        builder.Services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = limits.MaxRequestBytes);
        var corsOrigins = builder.Configuration.GetSection($"{GraphOptions.Section}:CorsOrigins").Get<string[]>() ?? [];
        if (corsOrigins.Length > 0)
        {
            builder.Services.AddCors(c => c.AddDefaultPolicy(p =>
            {
                if (corsOrigins.Contains("*")) p.AllowAnyOrigin(); else p.WithOrigins(corsOrigins);
                p.WithMethods("GET", "POST").WithHeaders("content-type", "accept", "x-api-key", "authorization");
            }));
        }

        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(async http =>
        {
            // Nothing of an unexpected exception reaches the client; the log has it.
            http.Response.StatusCode = 500;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync("{\"errors\":[{\"message\":\"Internal server error.\",\"extensions\":{\"code\":\"INTERNAL_SERVER_ERROR\"}}]}");
        }));
        if (corsOrigins.Length > 0) app.UseCors();
        var playground = app.Services.GetRequiredService<PlaygroundPage>();
        if (Directory.Exists(playground.Directory))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(playground.Directory),
                RequestPath = PlaygroundPage.RequestPath,
            });
        }
        var endpoint = app.Services.GetRequiredService<GraphQLEndpoint>();
        app.MapMethods("/graphql", ["GET", "POST"], endpoint.HandleAsync);
        app.MapGet("/", () => Results.Redirect("/graphql"));
        app.MapGet("/healthz", async (IGraphStore store, CancellationToken ct) =>
        {
            var stats = await store.GetStatsAsync(ct);
            return Results.Json(new { status = "ok", documents = stats.Nodes.GetValueOrDefault(NodeKind.Document) });
        });
        return app;
    }
}
