using System.Net;
using Graph.Server.Tests.Support;

namespace Graph.Server.Tests.Http;

/// <summary>A server of its own (the tests write to it): loading documents over HTTP and curating the graph.</summary>
public sealed class MutationTests : IClassFixture<MutationTests.WritableServer>
{
    public sealed class WritableServer : ServerFixture;

    private readonly GraphQLClient _client;

    public MutationTests(WritableServer server) => _client = server.Client;

    private const string Ingest = """
        mutation Ingest($input: IngestDocumentInput!) {
          ingestDocument(input: $input) {
            status entitiesCreated eventsCreated relationsCreated warnings
            document { id title publisher sourcePath }
          }
        }
        """;

    private static object Document(string text, string url) => new
    {
        input = new { text, title = "Talks in Doha", publisher = "Test Wire", url, publishedAt = "2022-03-14T10:00:00Z" },
    };

    private const string Article = """
        Talks in Doha

        Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani hosted a meeting in Doha on Monday between delegations of Ethiopia and Eritrea.
        On March 10, 2022, Ethiopia released 30 Eritrean prisoners through mediation by the International Committee of the Red Cross.
        """;

    [Fact]
    public async Task Ingesting_a_document_adds_its_facts_and_drops_cached_answers()
    {
        const string stats = "{ stats { documents events } }";
        var before = (await _client.PostAsync(stats)).EnsureNoErrors().Data.GetProperty("stats");
        var again = (await _client.PostAsync(stats)).EnsureNoErrors().Data.GetProperty("stats");
        Assert.Equal(before.GetProperty("documents").GetInt32(), again.GetProperty("documents").GetInt32());

        var result = await _client.PostAsync(Ingest, Document(Article, "https://example.test/doha-1"), ServerFixture.ApiKey);
        var ingest = result.EnsureNoErrors().Data.GetProperty("ingestDocument");
        Assert.Equal("CREATED", ingest.GetProperty("status").GetString());
        Assert.True(ingest.GetProperty("eventsCreated").GetInt32() >= 1, result.Raw);

        var after = (await _client.PostAsync(stats)).EnsureNoErrors().Data.GetProperty("stats");
        Assert.Equal(before.GetProperty("documents").GetInt32() + 1, after.GetProperty("documents").GetInt32());

        var repeat = await _client.PostAsync(Ingest, Document(Article, "https://example.test/doha-1"), ServerFixture.ApiKey);
        Assert.Equal("UNCHANGED", repeat.EnsureNoErrors().Data.GetProperty("ingestDocument").GetProperty("status").GetString());

        var released = await _client.PostAsync("""{ events(filter: {types: [PRISONER_RELEASE, PRISONER_EXCHANGE], from: "2022-03-10", to: "2022-03-10"}) { nodes { mediators { name } sources { url } } } }""");
        var nodes = released.EnsureNoErrors().Data.GetProperty("events").GetProperty("nodes");
        Assert.Contains(nodes.EnumerateArray(), n => n.GetProperty("mediators").EnumerateArray()
            .Any(m => m.GetProperty("name").GetString()!.Contains("Red Cross")));
    }

    [Theory]
    [InlineData("", "DOCUMENT_EMPTY")]
    [InlineData("<!DOCTYPE html><html><body><p>Armenia and Azerbaijan.</p></body></html>", "DOCUMENT_IS_HTML")]
    [InlineData("binary\u0000\u0001\u0002\u0003 content", "DOCUMENT_BINARY")]
    public async Task Bad_documents_are_refused_with_a_code_and_change_nothing(string text, string code)
    {
        const string stats = "{ stats { documents entities: persons relations evidence } }";
        var before = (await _client.PostAsync(stats)).EnsureNoErrors().Raw;
        var r = await _client.PostAsync(Ingest, Document(text, "https://example.test/bad"), ServerFixture.ApiKey);
        Assert.True(r.HasErrors, r.Raw);
        Assert.Equal(code, r.FirstErrorCode);
        Assert.Equal(before, (await _client.PostAsync(stats)).EnsureNoErrors().Raw);
    }

    [Fact]
    public async Task Curation_is_recorded_and_survives_reingestion()
    {
        const string url = "https://example.test/curation";
        var first = """
            A ceasefire in the Tigray region

            On November 2, 2022, Ethiopia and the Tigray People's Liberation Front signed a ceasefire agreement in Pretoria, mediated by the African Union.
            """;
        (await _client.PostAsync(Ingest, Document(first, url), ServerFixture.ApiKey)).EnsureNoErrors();

        var alias = await _client.PostAsync("""mutation { addAlias(entity: "org:african-union", alias: "AU Commission", curation: {reason: "common short form", actor: "analyst@test"}) { id aliases } }""", apiKey: ServerFixture.ApiKey);
        Assert.Contains("AU Commission", alias.EnsureNoErrors().Data.GetProperty("addAlias").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

        var mediation = await _client.PostAsync("""{ events(filter: {types: [CEASEFIRE, AGREEMENT], from: "2022-11-02", to: "2022-11-02"}) { nodes { id roles(roles: [MEDIATOR]) { relation { id } entity { name } } } } }""");
        var ev = mediation.EnsureNoErrors().Data.GetProperty("events").GetProperty("nodes")[0];
        var relationId = ev.GetProperty("roles")[0].GetProperty("relation").GetProperty("id").GetString();

        var retract = await _client.PostAsync($$"""mutation { retractFact(id: "{{relationId}}", curation: {reason: "mediator misattributed", actor: "analyst@test"}) { action actor reason targetId at } }""", apiKey: ServerFixture.ApiKey);
        var record = retract.EnsureNoErrors().Data.GetProperty("retractFact");
        Assert.Equal("RETRACT_FACT", record.GetProperty("action").GetString());
        Assert.Equal("analyst@test", record.GetProperty("actor").GetString());

        // A new version of the same document (same url) states the same facts again.
        (await _client.PostAsync(Ingest, Document(first + "\nTalks are expected to continue in Nairobi.", url), ServerFixture.ApiKey)).EnsureNoErrors();
        var after = await _client.PostAsync("""{ events(filter: {types: [CEASEFIRE, AGREEMENT], from: "2022-11-02", to: "2022-11-02"}) { nodes { roles(roles: [MEDIATOR]) { entity { name } } } } search(text: "AU Commission") { matched } }""");
        var data = after.EnsureNoErrors().Data;
        Assert.All(data.GetProperty("events").GetProperty("nodes").EnumerateArray(), n => Assert.Equal(0, n.GetProperty("roles").GetArrayLength()));
        Assert.True(data.GetProperty("search").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Merging_an_unknown_entity_is_a_not_found_error()
    {
        var r = await _client.PostAsync("""mutation { mergeEntities(survivor: "state:armenia", merged: "state:atlantis", curation: {reason: "test"}) { id } }""", apiKey: ServerFixture.ApiKey);
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("NOT_FOUND", r.FirstErrorCode);
        Assert.Contains("state:atlantis", r.FirstErrorMessage);
    }
}
