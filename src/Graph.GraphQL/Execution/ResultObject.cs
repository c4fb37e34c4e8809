namespace Graph.GraphQL.Execution;

/// <summary>The result of one object value: a slot per field of its <see cref="SelectionPlan"/>, in selection order.</summary>
internal sealed class ResultObject : ResultNode
{
    /// <summary>Creates the result object for <paramref name="source"/> under <paramref name="parent"/>.</summary>
    public ResultObject(SelectionPlan plan, object? source, ResultNode? parent, int indexInParent)
        : base(parent, indexInParent)
    {
        Plan = plan;
        Source = source;
        Values = plan.Fields.Length == 0 ? Array.Empty<object?>() : new object?[plan.Fields.Length];
    }

    /// <summary>The fields to resolve, with their response keys.</summary>
    public SelectionPlan Plan { get; }

    /// <summary>The parent value the fields are resolved on.</summary>
    public object? Source { get; }

    /// <summary>The completed field values.</summary>
    public object?[] Values { get; }

    /// <inheritdoc />
    public override object?[] Slots => Values;

    /// <inheritdoc />
    public override bool IsSlotNonNull(int slot) => Plan.Fields[slot].ReturnType.IsNonNull;

    /// <inheritdoc />
    public override object PathSegment(int slot) => Plan.Fields[slot].ResponseKey;
}
