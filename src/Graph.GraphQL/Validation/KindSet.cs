using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation;

/// <summary>
/// A small set of AST <see cref="Kind"/>s held in one 64-bit mask. A <see cref="ValidationVisitor"/> declares with it which
/// node kinds it wants to be called for, so the walker only calls the visitors that care about a node.
/// </summary>
public readonly struct KindSet : IEquatable<KindSet>
{
    private readonly ulong _bits;

    private KindSet(ulong bits)
    {
        _bits = bits;
    }

    /// <summary>The empty set.</summary>
    public static KindSet None => default;

    /// <summary>Every kind.</summary>
    public static KindSet All => new(ulong.MaxValue);

    /// <summary>True when no kind is in the set.</summary>
    public bool IsEmpty => _bits == 0;

    /// <summary>A set holding the given kinds.</summary>
    public static KindSet Of(params Kind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ulong bits = 0;
        foreach (var kind in kinds)
        {
            bits |= Bit(kind);
        }

        return new KindSet(bits);
    }

    /// <summary>True when <paramref name="kind"/> is in the set.</summary>
    public bool Contains(Kind kind) => (_bits & Bit(kind)) != 0;

    /// <summary>The union of two sets.</summary>
    public static KindSet operator |(KindSet left, KindSet right) => new(left._bits | right._bits);

    /// <inheritdoc />
    public bool Equals(KindSet other) => _bits == other._bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KindSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _bits.GetHashCode();

    /// <summary>Equality operator.</summary>
    public static bool operator ==(KindSet left, KindSet right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    public static bool operator !=(KindSet left, KindSet right) => !left.Equals(right);

    private static ulong Bit(Kind kind)
    {
        var index = (int)kind;
        if (index is < 0 or > 63)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "KindSet holds at most 64 kinds.");
        }

        return 1UL << index;
    }
}
