namespace Graph.Store.Neo4j.Transport;

/// <summary>
/// One Cypher statement and its parameters, as sent to Neo4j. <see cref="Name"/> names the statement in logs and errors
/// (the section name of its .cypher file); values travel only as parameters, never inside <see cref="Text"/>.
/// </summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public override string ToString() => Name;
}

/// <summary>Whether a unit of work only reads (routed to readers in a cluster) or also writes.</summary>
public enum TransactionMode
{
    Read,
    Write,
}
