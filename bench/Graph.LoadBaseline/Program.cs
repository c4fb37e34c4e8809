// Usage: dotnet Graph.LoadBaseline.dll <response.json> --urls http://127.0.0.1:PORT
if (args.Length < 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Graph.LoadBaseline <response.json> --urls http://127.0.0.1:PORT");
    return 2;
}
var body = File.ReadAllBytes(args[0]);
var builder = WebApplication.CreateBuilder(args[1..]);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.MapPost("/graphql", async (HttpContext http) =>
{
    // Read the request as Graph would have to, then answer the fixed bytes.
    using var sink = new MemoryStream();
    await http.Request.Body.CopyToAsync(sink);
    http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    http.Response.ContentLength = body.Length;
    await http.Response.Body.WriteAsync(body);
});
app.Run();
return 0;
