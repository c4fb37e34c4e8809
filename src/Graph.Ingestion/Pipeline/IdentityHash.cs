namespace Graph.Ingestion;

/// <summary>
/// Hash codes for the per-document objects that key dictionaries and sets by identity (mentions, entities, events).
/// The runtime's identity hash is computed and stored in the object header on first use, which is slow for the
/// many short-lived objects of a document; a number taken from a per-thread counter at construction is cheap.
/// Equality stays reference equality, and enumeration order of a dictionary or set never depends on hash codes,
/// so what the extractor produces does not change.
/// </summary>
internal static class IdentityHash
{
    [ThreadStatic] private static int _next;

    public static int Next() => ++_next;
}
