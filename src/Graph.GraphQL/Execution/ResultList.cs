using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>The result of one list value: a slot per item.</summary>
internal sealed class ResultList : ResultNode
{
    private static readonly object[] BoxedIndexes = Enumerable.Range(0, 256).Select(i => (object)i).ToArray();

    /// <summary>Creates a list result of <paramref name="count"/> items of <paramref name="itemType"/>.</summary>
    public ResultList(FieldPlan field, GraphQLType itemType, int count, ResultNode parent, int indexInParent)
        : base(parent, indexInParent)
    {
        Field = field;
        ItemType = itemType;
        Items = count == 0 ? Array.Empty<object?>() : new object?[count];
    }

    /// <summary>The field whose value (or part of it) this list is.</summary>
    public FieldPlan Field { get; }

    /// <summary>The type of every item.</summary>
    public GraphQLType ItemType { get; }

    /// <summary>The completed items.</summary>
    public object?[] Items { get; }

    /// <inheritdoc />
    public override object?[] Slots => Items;

    /// <inheritdoc />
    public override bool IsSlotNonNull(int slot) => ItemType.IsNonNull;

    /// <inheritdoc />
    public override object PathSegment(int slot) => slot < BoxedIndexes.Length ? BoxedIndexes[slot] : slot;
}
