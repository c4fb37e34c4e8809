namespace Graph.Server.Http;

/// <summary>
/// The GraphiQL playground bundled at build time and copied beside the binaries (playground/). Its page, scripts and
/// styles are served from the service's own origin, so the browser fetches nothing from outside.
/// </summary>
public sealed class PlaygroundPage
{
    public const string RequestPath = "/playground";

    private readonly Lazy<byte[]?> _page;

    public PlaygroundPage()
    {
        Directory = Path.Combine(AppContext.BaseDirectory, "playground");
        _page = new Lazy<byte[]?>(() => File.Exists(IndexPath) ? File.ReadAllBytes(IndexPath) : null);
    }

    /// <summary>The folder of the bundle (index.html, playground.js, playground.css).</summary>
    public string Directory { get; }

    public bool Available => File.Exists(IndexPath);

    private string IndexPath => Path.Combine(Directory, "index.html");

    public async Task WriteAsync(HttpContext http)
    {
        var page = _page.Value;
        if (page is null)
        {
            http.Response.StatusCode = 503;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("The playground was not bundled: run 'npm ci' and rebuild the server.");
            return;
        }
        http.Response.StatusCode = 200;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.Body.WriteAsync(page, http.RequestAborted);
    }
}
