using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Walks a document once and runs every rule's visitor side by side (as graphql-js's parallel visitor does): for each
/// node, <see cref="TypeInfo"/> is updated first, then each interested visitor is entered in rule order; on the way
/// out each visitor leaves in rule order, then <see cref="TypeInfo"/>. A visitor that declines a node (returns false)
/// is not called again until the walk has left that node. Descriptions are not visited.
/// </summary>
internal sealed class ValidationWalker : DocumentWalker
{
    private static readonly int KindCount = Enum.GetValues<Kind>().Length;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationVisitor[] _visitors;
    private readonly int[][] _enterByKind;
    private readonly int[][] _leaveByKind;
    private readonly Node?[] _skipping;
    private int _skippingCount;

    public ValidationWalker(TypeInfo typeInfo, ValidationVisitor[] visitors)
    {
        _typeInfo = typeInfo;
        _visitors = visitors;
        _skipping = new Node?[visitors.Length];
        var kindCount = KindCount;
        _enterByKind = new int[kindCount][];
        _leaveByKind = new int[kindCount][];
        var enter = new List<int>();
        var leave = new List<int>();
        for (var k = 0; k < kindCount; k++)
        {
            enter.Clear();
            leave.Clear();
            for (var i = 0; i < visitors.Length; i++)
            {
                if (visitors[i].EnterKinds.Contains((Kind)k))
                {
                    enter.Add(i);
                }

                if (visitors[i].LeaveKinds.Contains((Kind)k))
                {
                    leave.Add(i);
                }
            }

            _enterByKind[k] = enter.ToArray();
            _leaveByKind[k] = leave.ToArray();
        }
    }

    protected override bool Enter(Node node)
    {
        _typeInfo.Enter(node);
        var interested = _enterByKind[(int)node.Kind];
        for (var j = 0; j < interested.Length; j++)
        {
            var i = interested[j];
            if (_skipping[i] is null && !_visitors[i].Enter(node))
            {
                _skipping[i] = node;
                _skippingCount++;
            }
        }

        return true;
    }

    protected override void Leave(Node node)
    {
        var interested = _leaveByKind[(int)node.Kind];
        for (var j = 0; j < interested.Length; j++)
        {
            var i = interested[j];
            if (_skipping[i] is null)
            {
                _visitors[i].Leave(node);
            }
        }

        if (_skippingCount > 0)
        {
            for (var i = 0; i < _skipping.Length; i++)
            {
                if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                    _skippingCount--;
                }
            }
        }

        _typeInfo.Leave(node);
    }
}
