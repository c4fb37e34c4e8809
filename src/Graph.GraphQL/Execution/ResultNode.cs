namespace Graph.GraphQL.Execution;

/// <summary>
/// A composite node of the intermediate result tree: an object or a list whose slots receive completed values
/// (leaf values already coerced for output, nested nodes, or null). The tree exists so that a null can propagate to
/// the nearest nullable ancestor after siblings were completed; <see cref="ResultWriter"/> then streams it to JSON.
/// </summary>
internal abstract class ResultNode
{
    /// <summary>Creates a node that sits in slot <paramref name="indexInParent"/> of <paramref name="parent"/>.</summary>
    protected ResultNode(ResultNode? parent, int indexInParent)
    {
        Parent = parent;
        IndexInParent = indexInParent;
    }

    /// <summary>The node holding this one, or null for the root object.</summary>
    public ResultNode? Parent { get; }

    /// <summary>The slot of <see cref="Parent"/> that holds this node.</summary>
    public int IndexInParent { get; }

    /// <summary>
    /// True once a null propagated into this node: it has been replaced by null in its parent (or the whole data is
    /// null) and nothing more is completed into it.
    /// </summary>
    public bool IsNulled { get; private set; }

    /// <summary>The completed values, one per field (objects) or item (lists).</summary>
    public abstract object?[] Slots { get; }

    /// <summary>True when the value in <paramref name="slot"/> must not be null.</summary>
    public abstract bool IsSlotNonNull(int slot);

    /// <summary>The response path segment of <paramref name="slot"/>: a response key or a list index.</summary>
    public abstract object PathSegment(int slot);

    /// <summary>True while neither this node nor any ancestor has been nulled.</summary>
    public bool IsAlive
    {
        get
        {
            for (var node = this; node is not null; node = node.Parent)
            {
                if (node.IsNulled)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Puts null into <paramref name="slot"/>. When the slot is non-null, this node itself becomes null in its parent,
    /// and so on upwards. Returns the node that absorbed the null, or null when it reached the root object.
    /// </summary>
    public ResultNode? PropagateNull(int slot)
    {
        var node = this;
        while (true)
        {
            if (!node.IsSlotNonNull(slot))
            {
                node.Slots[slot] = null;
                return node;
            }

            node.IsNulled = true;
            if (node.Parent is not { } parent)
            {
                return null;
            }

            slot = node.IndexInParent;
            node = parent;
        }
    }

    /// <summary>The response path of <paramref name="slot"/>, from the root.</summary>
    public IReadOnlyList<object> PathOf(int slot)
    {
        var depth = 1;
        for (var node = this; node.Parent is not null; node = node.Parent)
        {
            depth++;
        }

        var path = new object[depth];
        path[--depth] = PathSegment(slot);
        for (var node = this; node.Parent is { } parent; node = parent)
        {
            path[--depth] = parent.PathSegment(node.IndexInParent);
        }

        return path;
    }
}
