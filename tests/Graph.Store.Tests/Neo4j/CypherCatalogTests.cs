using System.Reflection;
using Graph.Model;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Cypher;

namespace Graph.Store.Tests.Neo4j;

/// <summary>The statements shipped beside the assembly: every operation has its statement, and nothing else is shipped.</summary>
public sealed class CypherCatalogTests
{
    private static readonly CypherCatalog Shipped = CypherCatalog.Load();

    private static IReadOnlyList<string> NamesTheStoreUses() =>
        typeof(Statements).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(Statements.SchemaPrefix))
            .Select(f => (string)f.GetRawConstantValue()!).ToList();

    [Fact]
    public void The_statements_ship_in_the_cypher_folder_beside_the_assembly()
    {
        Assert.True(File.Exists(Path.Combine(CypherCatalog.DefaultDirectory, "schema.cypher")));
        Assert.True(Shipped.Sections.Count >= 60);
    }

    [Fact]
    public void Every_statement_the_store_names_is_shipped()
    {
        var missing = NamesTheStoreUses().Where(n => !Shipped.Contains(n)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_shipped_statement_is_used_by_the_store()
    {
        var used = NamesTheStoreUses().ToHashSet();
        var orphans = Shipped.Sections.Select(s => s.Name).Where(n => !n.StartsWith(Statements.SchemaPrefix, StringComparison.Ordinal) && !used.Contains(n)).ToList();
        Assert.Empty(orphans);
    }

    [Fact]
    public void Per_type_statements_exist_once_per_relation_type_with_the_type_written_in()
    {
        var statement = Shipped.Statement(Statements.ApplyRelations, RelationType.HoldsOffice, new Dictionary<string, object?> { ["relations"] = Array.Empty<object>() });

        Assert.Equal("apply.relations[HOLDS_OFFICE]", statement.Name);
        Assert.Contains("[r:HOLDS_OFFICE {id: row.id}]", statement.Text);
        Assert.DoesNotContain(CypherSection.RelationTypeToken, statement.Text);
        var expanded = Shipped.AllStatements().Where(s => s.Section.Name == Statements.ApplyRelations).Select(s => s.Name).ToList();
        Assert.Equal(Enum.GetValues<RelationType>().Select(t => $"apply.relations[{t.CypherName()}]"), expanded);
    }

    [Fact]
    public void A_union_statement_reads_every_relation_type_in_one_statement()
    {
        var text = Shipped.Statement(Statements.RelationsByIds, new Dictionary<string, object?> { ["ids"] = new[] { "rel:1" } }).Text;

        Assert.All(Enum.GetValues<RelationType>(), t => Assert.Contains($"[r:{t.CypherName()} {{id: id}}]", text));
        Assert.Equal(Enum.GetValues<RelationType>().Length - 1, text.Split("UNION ALL").Length - 1);
    }

    [Fact]
    public void No_statement_leaves_the_type_token_in_what_the_store_sends()
    {
        Assert.All(Shipped.AllStatements(), s => Assert.DoesNotContain(CypherSection.RelationTypeToken, s.Text));
    }

    [Fact]
    public void A_statement_is_handed_out_only_with_exactly_its_declared_parameters()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => Shipped.Statement(Statements.NodesByIds, new Dictionary<string, object?>()));
        Assert.Contains("declares (ids)", missing.Message);
        Assert.Throws<InvalidOperationException>(() => Shipped.Statement(Statements.NodesByIds,
            new Dictionary<string, object?> { ["ids"] = Array.Empty<string>(), ["extra"] = 1 }));
        Assert.Throws<InvalidOperationException>(() => Shipped.Statement(Statements.ApplyRelations, new Dictionary<string, object?> { ["relations"] = null }));
        Assert.Throws<KeyNotFoundException>(() => Shipped.Statement("no.such", new Dictionary<string, object?>()));
    }

    [Fact]
    public void Schema_statements_cover_every_label_id_and_one_relationship_index_per_type()
    {
        var schema = Shipped.StatementsStartingWith(Statements.SchemaPrefix);

        foreach (var label in new[] { "GraphNode", "Entity", "Person", "State", "Organization", "Place", "Event", "Document" })
            Assert.Contains(schema, s => s.Text.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        Assert.All(Enum.GetValues<RelationType>(), t => Assert.Contains(schema, s => s.Text.Contains($"FOR ()-[r:{t.CypherName()}]-() ON (r.id)", StringComparison.Ordinal)));
        Assert.Contains(schema, s => s.Text.StartsWith("CREATE FULLTEXT INDEX name_search", StringComparison.Ordinal) && s.Text.Contains("'whitespace'"));
        Assert.All(schema, s => Assert.Contains("IF NOT EXISTS", s.Text));
    }

    [Fact]
    public void The_shortest_path_statement_is_bounded_by_the_store_maximum()
    {
        var text = Shipped.Section(Statements.RelationsShortestPaths).Body;
        Assert.Contains($"[*..{Neo4jGraphStore.MaxPathHops}]", text);
    }

    [Fact]
    public void Comment_lines_document_a_statement_but_are_not_sent()
    {
        var sections = CypherFileParser.Parse("t.cypher", """
            // file notes
            // name: t.one
            // params: a, b
            // what it does
            // lint-warning-ok: a reason
            MATCH (n) WHERE n.a = $a
            // a comment in the middle
            RETURN n, $b AS b
            """);

        var section = Assert.Single(sections);
        Assert.Equal(["a", "b"], section.Parameters);
        Assert.Equal(["a reason"], section.LintWarningOk);
        Assert.Equal("MATCH (n) WHERE n.a = $a\nRETURN n, $b AS b", section.Body);
    }

    [Theory]
    [InlineData("// name: x\nRETURN 1", "no '// params:'")]
    [InlineData("// name: x\n// params:\n", "no statement")]
    [InlineData("// name: x\n// params: a b\nRETURN $a", "not a parameter name")]
    [InlineData("// name: x\n// params:\n// expand: every-type\nRETURN 1", "unknown expansion")]
    [InlineData("// name: x\n// params:\nMATCH ()-[r:__RELATION_TYPE__]-() RETURN r", "type token")]
    public void Malformed_sections_are_refused_with_their_place(string content, string problem)
    {
        var error = Assert.Throws<FormatException>(() => CypherFileParser.Parse("bad.cypher", content));
        Assert.Contains(problem, error.Message);
        Assert.StartsWith("bad.cypher:", error.Message);
    }

    [Fact]
    public void A_name_used_twice_is_refused()
    {
        var sections = CypherFileParser.Parse("a.cypher", "// name: x\n// params:\nRETURN 1").Concat(CypherFileParser.Parse("b.cypher", "// name: x\n// params:\nRETURN 2")).ToList();
        var error = Assert.Throws<FormatException>(() => CypherCatalog.FromSections(sections));
        Assert.Contains("already used", error.Message);
    }
}
