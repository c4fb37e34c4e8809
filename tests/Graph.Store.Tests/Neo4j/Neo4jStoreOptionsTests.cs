using Graph.Store.Neo4j;

namespace Graph.Store.Tests.Neo4j;

public sealed class Neo4jStoreOptionsTests
{
    private static Neo4jStoreOptions From(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return Neo4jStoreOptions.FromVariables(name => map.GetValueOrDefault(name));
    }

    [Fact]
    public void Environment_variables_map_to_the_options()
    {
        var options = From(("NEO4J_URI", " https://db.example.org:7473 "), ("NEO4J_USER", "graph"), ("NEO4J_PASSWORD", "pw"), ("NEO4J_DATABASE", "facts"));

        Assert.Equal(("https://db.example.org:7473", "graph", "pw", "facts"), (options.Uri, options.User, options.Password, options.Database));
        Assert.Equal(new Uri("https://db.example.org:7473/"), options.ValidatedBaseUri());
    }

    [Fact]
    public void User_and_database_default_to_neo4j()
    {
        var options = From(("NEO4J_URI", "http://localhost:7474"));

        Assert.Equal(("neo4j", "", "neo4j"), (options.User, options.Password, options.Database));
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("neo4j://db.example.org")]
    [InlineData("neo4j+s://db.example.org")]
    public void A_bolt_address_is_refused_with_a_pointer_to_the_http_port(string uri)
    {
        var error = Assert.Throws<ArgumentException>(() => new Neo4jStoreOptions { Uri = uri }.ValidatedBaseUri());

        Assert.Contains("HTTP", error.Message);
        Assert.Contains(":7474", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("localhost:7474x")]
    [InlineData("ftp://localhost")]
    public void A_missing_or_odd_address_is_refused(string uri)
    {
        var error = Assert.Throws<ArgumentException>(() => new Neo4jStoreOptions { Uri = uri }.ValidatedBaseUri());

        Assert.Contains("NEO4J_URI", error.Message);
    }

    [Fact]
    public void A_path_prefix_is_kept_for_servers_behind_a_proxy()
    {
        Assert.Equal(new Uri("http://proxy.test/neo4j/"), new Neo4jStoreOptions { Uri = "http://proxy.test/neo4j" }.ValidatedBaseUri());
    }
}
