using System.Net;
using System.Security.Cryptography;
using System.Text;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Http;

/// <summary>GraphQL over HTTP as front-ends and analysts meet it: media types, status codes, GET, API key, limits,
/// persisted queries, CORS, caching and what never reaches a client.</summary>
[Collection(ServerCollection.Name)]
public sealed class ProtocolTests(ServerFixture server)
{
    private GraphQLClient Client => server.Client;

    [Fact]
    public async Task Post_with_json_accept_answers_application_json()
    {
        var r = await Client.PostAsync("{ __typename }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.StartsWith("application/json", r.ContentType);
        Assert.Equal("Query", r.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Post_with_graphql_response_accept_answers_that_media_type()
    {
        var r = await Client.PostAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.StartsWith("application/graphql-response+json", r.ContentType);
    }

    [Fact]
    public async Task Syntax_error_is_400_without_data_for_graphql_response_json_and_200_for_json()
    {
        var strict = await Client.PostAsync("{ stats { ");
        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.False(strict.Body.TryGetProperty("data", out _));
        Assert.Contains("Syntax Error", strict.FirstErrorMessage);
        Assert.True(strict.Body.GetProperty("errors")[0].TryGetProperty("locations", out _));

        var lenient = await Client.PostAsync("{ stats { ", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, lenient.Status);
        Assert.True(lenient.HasErrors);
    }

    [Fact]
    public async Task Validation_error_names_the_unknown_field()
    {
        var r = await Client.PostAsync("{ stats { persons nonsenseField } }");
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Contains("nonsenseField", r.FirstErrorMessage);
    }

    [Fact]
    public async Task Get_runs_queries_and_refuses_mutations_with_405()
    {
        var get = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "graphql?query=" + Uri.EscapeDataString("{ stats { documents } }")));
        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal(5, get.Data.GetProperty("stats").GetProperty("documents").GetInt32());

        using var mutation = new HttpRequestMessage(HttpMethod.Get, "graphql?query=" + Uri.EscapeDataString("mutation { addAlias(entity: \"x\", alias: \"y\", curation: {reason: \"r\"}) { id } }"));
        mutation.Headers.Add("X-Api-Key", ServerFixture.ApiKey);
        var refused = await Client.SendAsync(mutation);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.Status);
    }

    [Fact]
    public async Task Browser_navigation_gets_the_playground_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        using var response = await Client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("playground/playground.js", html);
        Assert.DoesNotContain("https://", html);
        using var script = await Client.Http.GetAsync("playground/playground.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Missing_content_type_is_415_and_bad_json_is_400()
    {
        using var noType = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent("{\"query\":\"{__typename}\"}"u8.ToArray()) };
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Client.SendAsync(noType)).Status);

        using var badJson = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent("{\"query\":", Encoding.UTF8, "application/json") };
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.SendAsync(badJson)).Status);
    }

    [Fact]
    public async Task Mutations_need_the_api_key_and_change_nothing_without_it()
    {
        const string mutation = "mutation { addAlias(entity: \"state:armenia\", alias: \"Hayastan\", curation: {reason: \"test\"}) { id aliases } }";
        var without = await Client.PostAsync(mutation);
        Assert.Equal(HttpStatusCode.Unauthorized, without.Status);
        Assert.Equal("UNAUTHENTICATED", without.FirstErrorCode);

        var wrong = await Client.PostAsync(mutation, apiKey: "not-the-key");
        Assert.Equal(HttpStatusCode.Forbidden, wrong.Status);

        var search = await Client.PostAsync("{ search(text: \"Hayastan\") { matched } }");
        Assert.Equal(0, search.EnsureNoErrors().Data.GetProperty("search").GetArrayLength());
    }

    [Fact]
    public async Task Depth_and_cost_limits_give_clear_errors()
    {
        const int levels = 9;
        var deep = "{ search(text: \"Armenia\") { node { ... on State { "
            + string.Concat(Enumerable.Repeat("relations { from { ... on State { ", levels))
            + "id" + new string('}', 4 + 3 * levels).Replace("}", " }");
        var r1 = await Client.PostAsync(deep);
        Assert.Equal("QUERY_TOO_DEEP", r1.FirstErrorCode);

        var costly = "{ events(first: 200) { nodes { roles { entity { events(first: 500) { event { roles { entity { name } } } } } } } } }";
        var r2 = await Client.PostAsync(costly);
        Assert.Equal("QUERY_TOO_COSTLY", r2.FirstErrorCode);
        Assert.Contains("limit", r2.FirstErrorMessage);
    }

    [Fact]
    public async Task Oversized_body_is_413()
    {
        var big = new string('a', 7 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent("{\"query\":\"{ search(text: \\\"" + big + "\\\") { matched } }\"}", Encoding.UTF8, "application/json"),
        };
        // With 100-continue the server can refuse before the body is sent, as a well-behaved client would let it.
        request.Headers.ExpectContinue = true;
        var r = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.Status);
        Assert.Equal("REQUEST_TOO_LARGE", r.FirstErrorCode);
    }

    [Fact]
    public async Task Persisted_query_by_hash_works_after_registration()
    {
        const string query = "query PersistedStats { stats { documents events } }";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var ext = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        var unknown = await Client.PostAsync(null!, extensions: ext, accept: "application/json");
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.FirstErrorCode);

        var register = await Client.PostAsync(query, extensions: ext);
        register.EnsureNoErrors();

        var byHash = await Client.PostAsync(null!, extensions: ext);
        Assert.Equal(5, byHash.EnsureNoErrors().Data.GetProperty("stats").GetProperty("documents").GetInt32());

        var mismatch = await Client.PostAsync("{ __typename }", extensions: ext, accept: "application/json");
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", mismatch.FirstErrorCode);
    }

    [Fact]
    public async Task Cors_allows_the_configured_origin_only()
    {
        using var allowed = new HttpRequestMessage(HttpMethod.Options, "graphql");
        allowed.Headers.Add("Origin", "http://front-end.example");
        allowed.Headers.Add("Access-Control-Request-Method", "POST");
        using var ok = await Client.Http.SendAsync(allowed);
        Assert.Equal("http://front-end.example", ok.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var other = new HttpRequestMessage(HttpMethod.Options, "graphql");
        other.Headers.Add("Origin", "http://elsewhere.example");
        other.Headers.Add("Access-Control-Request-Method", "POST");
        using var denied = await Client.Http.SendAsync(other);
        Assert.False(denied.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Unknown_ids_are_null_not_errors()
    {
        var r = await Client.PostAsync("{ node(id: \"person:nobody-at-all\") { id } nodes(ids: [\"state:nowhere\"]) { id } }");
        r.EnsureNoErrors();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, r.Data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Bad_arguments_get_a_clear_error_and_no_internal_detail()
    {
        var r = await Client.PostAsync("{ paths(from: \"a\", to: \"b\", maxHops: 99) { length } }");
        Assert.True(r.HasErrors);
        Assert.Equal("BAD_USER_INPUT", r.FirstErrorCode);
        Assert.Contains("maxHops", r.FirstErrorMessage);
        Assert.DoesNotContain("   at ", r.Raw);
        Assert.DoesNotContain("Exception", r.Raw);
    }
}
