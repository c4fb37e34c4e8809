using System.Net;
using System.Text;
using Graph.Model;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Transport;

namespace Graph.Store.Tests.Neo4j;

/// <summary>
/// The HTTP Query API transport against a fake server: the requests it sends (URL, headers, JSON body, the
/// transaction sequence) and how it reads answers, errors and failures, as Neo4j's Query API documentation describes.
/// </summary>
public sealed class HttpQueryApiTransportTests
{
    private const string Base = "http://graph-db.test:7474";

    private static readonly Dictionary<string, object?> IdsParameters = new() { ["ids"] = new[] { "state:armenia", "state:georgia" }, ["first"] = 5 };

    private static (HttpQueryApiTransport Transport, FakeQueryApi Server) Create(int retries = 3, string database = "neo4j", string password = "s3cret")
    {
        var server = new FakeQueryApi();
        var options = new Neo4jStoreOptions
        {
            Uri = Base, User = "reader", Password = password, Database = database,
            MaxRetryAttempts = retries, RetryBaseDelay = TimeSpan.Zero,
        };
        return (new HttpQueryApiTransport(options, new HttpClient(server)), server);
    }

    private static CypherStatement Statement(string name = "test.read", IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(name, "MATCH (n:GraphNode) WHERE n.id IN $ids RETURN n.id AS id LIMIT $first", parameters ?? IdsParameters);

    private const string OneRow = """{"data":{"fields":["id"],"values":[["state:armenia"]]},"bookmarks":["FB:abc"]}""";

    [Fact]
    public async Task Single_statement_posts_statement_and_parameters_to_the_query_endpoint()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.Accepted, OneRow);

        var results = await transport.RunAsync([Statement()], TransactionMode.Write);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(Base + "/db/neo4j/query/v2", request.Uri);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("reader:s3cret")), request.Authorization);
        Assert.Equal("application/json", request.Accept);
        Assert.Equal("application/json", request.ContentType);
        var body = request.Json;
        Assert.Equal("MATCH (n:GraphNode) WHERE n.id IN $ids RETURN n.id AS id LIMIT $first", body.GetProperty("statement").GetString());
        Assert.Equal(["state:armenia", "state:georgia"], body.GetProperty("parameters").GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(5, body.GetProperty("parameters").GetProperty("first").GetInt32());
        Assert.False(body.TryGetProperty("accessMode", out _), "write is the server's default and is not sent");
        Assert.Equal("state:armenia", Assert.Single(results).Single()["id"].AsString());
    }

    [Fact]
    public async Task Read_statements_ask_for_read_access_and_the_database_name_is_escaped()
    {
        var (transport, server) = Create(database: "graph data");
        server.Reply(HttpStatusCode.Accepted, OneRow);

        await transport.RunAsync([Statement()], TransactionMode.Read);

        var request = Assert.Single(server.Requests);
        Assert.Equal(Base + "/db/graph%20data/query/v2", request.Uri);
        Assert.Equal("Read", request.Json.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task Without_a_password_no_authorization_header_is_sent()
    {
        var (transport, server) = Create(password: "");
        server.Reply(HttpStatusCode.Accepted, OneRow);

        await transport.RunAsync([Statement()], TransactionMode.Read);

        Assert.Null(Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task Values_are_read_as_the_types_the_caller_asks_for()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.Accepted, """
            {"data":{"fields":["s","i","f","b","n","list","map","day"],
                     "values":[["Armenia",42,0.75,true,null,["a","b"],{"id":"event:x","score":2.5,"missing":null},"2021-06-12"]]}}
            """);

        var row = (await transport.RunAsync([Statement()], TransactionMode.Read))[0].Single();

        Assert.Equal("Armenia", row["s"].AsString());
        Assert.Equal(42, row["i"].AsInt32());
        Assert.Equal(0.75, row["f"].AsDouble());
        Assert.True(row["b"].AsBoolean());
        Assert.True(row["n"].IsNull);
        Assert.Null(row["n"].AsStringOrNull());
        Assert.Equal(["a", "b"], row["list"].AsStringList());
        var map = row["map"].AsMap();
        Assert.Equal(("event:x", 2.5, true, false), (map["id"].AsString(), map["score"].AsDouble(), map["missing"].IsNull, map.Has("absent")));
        Assert.Equal("2021-06-12", row["day"].AsString());
        Assert.Throws<Neo4jProtocolException>(() => row["s"].AsInt64());
        Assert.Throws<Neo4jProtocolException>(() => row["nofield"]);
    }

    [Fact]
    public async Task Several_statements_run_in_one_explicit_transaction_begin_run_commit_with_affinity()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.Accepted, """{"transaction":{"id":"tx-42","expires":"2026-01-01T00:00:30Z"}}""", ("neo4j-cluster-affinity", "bWVtYmVyLTE="))
              .Reply(HttpStatusCode.Accepted, """{"data":{"fields":["id"],"values":[["a"]]},"transaction":{"id":"tx-42"}}""")
              .Reply(HttpStatusCode.Accepted, """{"data":{"fields":["n"],"values":[[1],[2]]},"transaction":{"id":"tx-42"}}""")
              .Reply(HttpStatusCode.Accepted, """{"bookmarks":["FB:after"]}""");

        var results = await transport.RunAsync([Statement("first"), Statement("second")], TransactionMode.Write);

        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx-42", "POST /db/neo4j/query/v2/tx/tx-42", "POST /db/neo4j/query/v2/tx/tx-42/commit"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.False(server.Requests[0].Json.TryGetProperty("statement", out _), "the transaction is opened empty");
        Assert.Equal([null, "bWVtYmVyLTE=", "bWVtYmVyLTE=", "bWVtYmVyLTE="], server.Requests.Select(r => r.Affinity));
        Assert.All(server.Requests, r => Assert.NotNull(r.Authorization));
        Assert.Equal("MATCH (n:GraphNode) WHERE n.id IN $ids RETURN n.id AS id LIMIT $first", server.Requests[1].Json.GetProperty("statement").GetString());
        Assert.Equal(2, results.Count);
        Assert.Equal("a", results[0].Single()["id"].AsString());
        Assert.Equal([1L, 2L], results[1].Rows.Select(r => r["n"].AsInt64()));
    }

    [Fact]
    public async Task A_read_transaction_is_opened_with_read_access()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.Accepted, """{"transaction":{"id":"7"}}""")
              .Reply(HttpStatusCode.Accepted, OneRow)
              .Reply(HttpStatusCode.Accepted, "{}");

        var id = await transport.ExecuteAsync(TransactionMode.Read, async (run, ct) => (await run.RunAsync(Statement(), ct)).Single()["id"].AsString());

        Assert.Equal("state:armenia", id);
        Assert.Equal("Read", server.Requests[0].Json.GetProperty("accessMode").GetString());
        Assert.False(server.Requests[1].Json.TryGetProperty("accessMode", out _), "statements inside a transaction inherit its mode");
    }

    [Fact]
    public async Task A_failing_statement_rolls_the_transaction_back_and_is_not_retried()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.Accepted, """{"transaction":{"id":"tx-1"}}""")
              .Reply(HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'MATCHX'"}]}""")
              .Reply(HttpStatusCode.NotFound, """{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Transaction not found"}]}""");

        var error = await Assert.ThrowsAsync<Neo4jException>(() => transport.RunAsync([Statement("a"), Statement("b")], TransactionMode.Write));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Neo4jCode);
        Assert.Equal("Invalid input 'MATCHX'", error.Neo4jMessage);
        Assert.Equal("a", error.Statement);
        Assert.Equal("NEO4J_ERROR", error.Code);
        Assert.False(error.IsTransient);
        Assert.Equal(["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx-1", "DELETE /db/neo4j/query/v2/tx/tx-1"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Null(server.Requests[2].Body);
    }

    [Fact]
    public async Task An_exception_in_the_unit_of_work_rolls_back_and_propagates()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.Accepted, """{"transaction":{"id":"tx-9"}}""")
              .Reply(HttpStatusCode.OK, "{}");

        await Assert.ThrowsAsync<NodeNotFoundException>(() =>
            transport.ExecuteAsync<int>(TransactionMode.Write, (_, _) => throw new NodeNotFoundException(["state:nowhere"])));

        Assert.Equal(["POST /db/neo4j/query/v2/tx", "DELETE /db/neo4j/query/v2/tx/tx-9"], server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_transient_error_reruns_the_whole_transaction_from_its_start()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.Accepted, """{"transaction":{"id":"t1"}}""")
              .Reply(HttpStatusCode.Accepted, OneRow)
              .Reply(HttpStatusCode.BadRequest, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""")
              .Reply(HttpStatusCode.NotFound, "{}")
              .Reply(HttpStatusCode.Accepted, """{"transaction":{"id":"t2"}}""")
              .Reply(HttpStatusCode.Accepted, OneRow)
              .Reply(HttpStatusCode.Accepted, OneRow)
              .Reply(HttpStatusCode.Accepted, "{}");
        var attempts = 0;

        var rows = await transport.ExecuteAsync(TransactionMode.Write, async (run, ct) =>
        {
            attempts++;
            var a = await run.RunAsync(Statement("a"), ct);
            var b = await run.RunAsync(Statement("b"), ct);
            return a.Rows.Count + b.Rows.Count;
        });

        Assert.Equal((2, 2), (attempts, rows));
        Assert.Equal(
        [
            "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t1", "POST /db/neo4j/query/v2/tx/t1", "DELETE /db/neo4j/query/v2/tx/t1",
            "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t2", "POST /db/neo4j/query/v2/tx/t2", "POST /db/neo4j/query/v2/tx/t2/commit",
        ], server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task Service_unavailable_is_retried_with_a_bound_then_reported_as_store_unavailable()
    {
        var (transport, server) = Create(retries: 2);
        server.Otherwise = _ => FakeQueryApi.Response(HttpStatusCode.ServiceUnavailable, "");

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => transport.RunAsync([Statement()], TransactionMode.Read));

        Assert.Equal(3, server.Requests.Count); // the first try and two retries
        Assert.Equal("STORE_UNAVAILABLE", error.Code);
        Assert.Contains("503", error.Message);
    }

    [Fact]
    public async Task Service_unavailable_then_success_returns_the_rows()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.ServiceUnavailable, "").Reply(HttpStatusCode.Accepted, OneRow);

        var results = await transport.RunAsync([Statement()], TransactionMode.Read);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("state:armenia", results[0].Single()["id"].AsString());
    }

    [Fact]
    public async Task A_refused_connection_is_retried_and_then_reported_as_store_unavailable()
    {
        var (transport, server) = Create(retries: 1);
        server.Otherwise = _ => throw new HttpRequestException("Connection refused (graph-db.test:7474)");

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => transport.RunAsync([Statement()], TransactionMode.Write));

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("Connection refused", error.Message);
    }

    [Fact]
    public async Task A_transient_neo4j_error_that_persists_is_reported_as_store_unavailable_with_its_code()
    {
        var (transport, server) = Create(retries: 1);
        server.Otherwise = _ => FakeQueryApi.Response(HttpStatusCode.BadRequest,
            """{"errors":[{"code":"Neo.TransientError.General.DatabaseUnavailable","message":"The database is not available."}]}""");

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => transport.RunAsync([Statement()], TransactionMode.Read));

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", Assert.IsType<Neo4jException>(error.InnerException).Neo4jCode);
    }

    [Fact]
    public async Task Unauthorized_is_an_authentication_error_and_is_not_retried()
    {
        var (transport, server) = Create();
        server.Otherwise = _ => FakeQueryApi.Response(HttpStatusCode.Unauthorized,
            """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""");

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => transport.RunAsync([Statement()], TransactionMode.Read));

        Assert.Single(server.Requests);
        Assert.Equal(("NEO4J_AUTH_FAILED", "Neo.ClientError.Security.Unauthorized"), (error.Code, error.Neo4jCode));
        Assert.Equal("The client is unauthorized due to authentication failure.", error.Neo4jMessage);
    }

    [Fact]
    public async Task Unauthorized_without_a_body_is_still_an_authentication_error()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.Unauthorized, "");

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => transport.RunAsync([Statement()], TransactionMode.Read));

        Assert.Contains("NEO4J_PASSWORD", error.Message);
    }

    [Fact]
    public async Task A_constraint_violation_is_a_conflict_with_neo4js_code_and_message()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.BadRequest,
            """{"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Node(12) already exists with label `GraphNode` and property `id` = 'state:armenia'"}]}""");

        var error = await Assert.ThrowsAsync<Neo4jConflictException>(() => transport.RunAsync([Statement("apply.entities")], TransactionMode.Write));

        Assert.Single(server.Requests);
        Assert.Equal("CONFLICT", error.Code);
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Neo4jCode);
        Assert.Contains("state:armenia", error.Neo4jMessage);
        Assert.Contains("apply.entities", error.Message);
    }

    [Fact]
    public async Task A_connection_lost_during_commit_is_not_retried_because_the_outcome_is_unknown()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.Accepted, """{"transaction":{"id":"tx-5"}}""")
              .Reply(HttpStatusCode.Accepted, OneRow)
              .Reply(HttpStatusCode.Accepted, OneRow)
              .Fail(new HttpRequestException("Connection reset by peer"));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => transport.RunAsync([Statement("a"), Statement("b")], TransactionMode.Write));

        // No second transaction and no rollback request: the commit may have landed.
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx-5", "POST /db/neo4j/query/v2/tx/tx-5", "POST /db/neo4j/query/v2/tx/tx-5/commit"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Contains("may or may not", error.Message);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_counts_as_unavailable()
    {
        var server = new FakeQueryApi { Otherwise = _ => throw new TaskCanceledException("timed out", new TimeoutException()) };
        var options = new Neo4jStoreOptions { Uri = Base, Password = "x", MaxRetryAttempts = 1, RetryBaseDelay = TimeSpan.Zero };
        var transport = new HttpQueryApiTransport(options, new HttpClient(server));

        await Assert.ThrowsAsync<StoreUnavailableException>(() => transport.RunAsync([Statement()], TransactionMode.Read));

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_cancelled_call_is_not_retried()
    {
        var (transport, server) = Create();
        server.Otherwise = _ => FakeQueryApi.Response(HttpStatusCode.ServiceUnavailable, "");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transport.RunAsync([Statement()], TransactionMode.Read, cancelled.Token));

        Assert.True(server.Requests.Count <= 1);
    }

    [Fact]
    public async Task An_answer_that_is_not_json_is_a_protocol_error()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.OK, "<html>proxy login</html>");

        await Assert.ThrowsAsync<Neo4jProtocolException>(() => transport.RunAsync([Statement()], TransactionMode.Read));
    }

    [Fact]
    public async Task A_404_without_neo4j_error_points_at_the_query_api_and_the_database()
    {
        var (transport, server) = Create();
        server.Reply(HttpStatusCode.NotFound, "");

        var error = await Assert.ThrowsAsync<Neo4jProtocolException>(() => transport.RunAsync([Statement()], TransactionMode.Read));

        Assert.Contains("Query API", error.Message);
    }
}
