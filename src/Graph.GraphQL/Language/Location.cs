namespace Graph.GraphQL.Language;

/// <summary>
/// The range of source text an AST node was parsed from: <see cref="Start"/> (inclusive) and <see cref="End"/> (exclusive)
/// character offsets into <see cref="Source"/>. A value type so that nodes do not pay an extra allocation for it.
/// </summary>
public readonly struct Location : IEquatable<Location>
{
    /// <summary>Creates a location.</summary>
    public Location(int start, int end, Source source)
    {
        Start = start;
        End = end;
        Source = source;
    }

    /// <summary>No location: the node was built in code rather than parsed.</summary>
    public static Location None => default;

    /// <summary>Offset of the first character of the node.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character of the node.</summary>
    public int End { get; }

    /// <summary>The source text; null when <see cref="IsNone"/>.</summary>
    public Source? Source { get; }

    /// <summary>True when this node has no source location.</summary>
    public bool IsNone => Source is null;

    /// <summary>The line and column of <see cref="Start"/>, or null when there is no source.</summary>
    public SourceLocation? StartLocation => Source?.GetLocation(Start);

    /// <inheritdoc />
    public bool Equals(Location other) => Start == other.Start && End == other.End && ReferenceEquals(Source, other.Source);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Location other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Source);

    /// <inheritdoc />
    public override string ToString() => IsNone ? "(no location)" : $"{Start}..{End}";

    /// <summary>Equality operator.</summary>
    public static bool operator ==(Location left, Location right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(Location left, Location right) => !left.Equals(right);
}
