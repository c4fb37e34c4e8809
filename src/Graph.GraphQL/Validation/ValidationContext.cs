using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation;

/// <summary>
/// What a rule sees during one validation run: the schema and document, the type information of the node being
/// visited, the node's ancestors, fragment and variable-usage lookups (computed once and cached), and
/// <see cref="ReportError"/>. Lookups that follow fragment spreads spend from a shared work budget so that a hostile
/// document cannot make validation expensive; when it runs out the run ends with "Validation aborted.".
/// </summary>
public sealed class ValidationContext
{
    /// <summary>The fragment work budget of one run (as graphql-js allows).</summary>
    public const int FragmentWorkBudget = 50000;

    private static readonly IReadOnlyList<Node> NoAncestors = Array.Empty<Node>();

    private readonly Action<GraphQLError> _onError;
    private readonly Dictionary<SelectionSet, List<FragmentSpread>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<FragmentDefinition>> _referencedFragmentsByNames = new(StringComparer.Ordinal);
    private readonly Dictionary<OperationDefinition, List<FragmentDefinition>> _referencedFragmentsByOperation = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<List<FragmentDefinition>, List<VariableUsage>> _fragmentListUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinition, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinition>? _fragments;
    private int _remainingFragmentWork = FragmentWorkBudget;
    private Func<IReadOnlyList<Node>>? _ancestors;

    /// <summary>Creates a context; <paramref name="onError"/> receives every reported error.</summary>
    public ValidationContext(
        GraphQLSchema schema,
        Document document,
        TypeInfo typeInfo,
        Action<GraphQLError> onError,
        bool hideSuggestions = false)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Document = document ?? throw new ArgumentNullException(nameof(document));
        TypeInfo = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));
        _onError = onError ?? throw new ArgumentNullException(nameof(onError));
        HideSuggestions = hideSuggestions;
    }

    /// <summary>The schema the document is validated against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The document being validated.</summary>
    public Document Document { get; }

    /// <summary>Type information for the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>True when "Did you mean" suggestions must be left out of messages (they can reveal the schema).</summary>
    public bool HideSuggestions { get; }

    /// <summary>The nodes enclosing the node being visited, outermost (the document) first.</summary>
    public IReadOnlyList<Node> Ancestors => _ancestors?.Invoke() ?? NoAncestors;

    /// <summary>The node directly enclosing the node being visited, or null at the document.</summary>
    public Node? Parent
    {
        get
        {
            var ancestors = Ancestors;
            return ancestors.Count > 0 ? ancestors[^1] : null;
        }
    }

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => TypeInfo.Type;

    /// <summary>The composite type whose selection set is being visited.</summary>
    public GraphQLNamedType? ParentType => TypeInfo.ParentType;

    /// <summary>The input type expected at the current value position.</summary>
    public GraphQLType? InputType => TypeInfo.InputType;

    /// <summary>The input type enclosing the current value position.</summary>
    public GraphQLType? ParentInputType => TypeInfo.ParentInputType;

    /// <summary>The definition of the current field.</summary>
    public GraphQLField? FieldDef => TypeInfo.FieldDef;

    /// <summary>The directive being visited.</summary>
    public GraphQLDirective? Directive => TypeInfo.Directive;

    /// <summary>The argument definition being visited.</summary>
    public GraphQLArgument? Argument => TypeInfo.Argument;

    /// <summary>The enum value being visited.</summary>
    public GraphQLEnumValue? EnumValue => TypeInfo.EnumValue;

    /// <summary>Records a validation error.</summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _onError(error);
    }

    /// <summary>The fragment definition with this name (the last one when the name is defined twice), or null.</summary>
    public FragmentDefinition? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinition>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinition fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>
    /// The fragment spreads inside a selection set, looking through fields and inline fragments but not into the
    /// spread fragments themselves.
    /// </summary>
    public IReadOnlyList<FragmentSpread> GetFragmentSpreads(SelectionSet selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        // Depth-first with an explicit stack, in the order graphql-js produces (nested sets are taken last-in first-out).
        var spreads = new List<FragmentSpread>();
        var pending = new Stack<SelectionSet>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            var set = pending.Pop();
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpread spread:
                        spreads.Add(spread);
                        break;
                    case Field { SelectionSet: { } fieldSet }:
                        pending.Push(fieldSet);
                        break;
                    case InlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinition> GetRecursivelyReferencedFragments(OperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_referencedFragmentsByOperation.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var result = ReferencedFragments(new[] { operation });
        _referencedFragmentsByOperation[operation] = result;
        return result;
    }

    /// <summary>Every fragment any of the given operations uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinition> GetRecursivelyReferencedFragmentsForOperations(IReadOnlyList<OperationDefinition> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        return ReferencedFragments(operations);
    }

    /// <summary>The variables used directly in an operation or fragment (not in fragments it spreads), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition) => LocalUsages(definition);

    /// <summary>The variables used by an operation, including through every fragment it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = (List<FragmentDefinition>)GetRecursivelyReferencedFragments(operation);
        if (!_fragmentListUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = new List<VariableUsage>();
            foreach (var fragment in fragments)
            {
                var local = LocalUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }

            _fragmentListUsages[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        var own = LocalUsages(operation);
        var usages = new List<VariableUsage>(own.Count + fragmentUsages.Count);
        usages.AddRange(own);
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>
    /// Takes <paramref name="cost"/> units from the run's fragment work budget; when it is exhausted the run stops
    /// with "Validation aborted.".
    /// </summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(workBudgetExhausted: true);
        }
    }

    /// <summary>Lets the walker expose its ancestor list.</summary>
    internal void AttachAncestors(Func<IReadOnlyList<Node>> ancestors) => _ancestors = ancestors;

    private List<VariableUsage> LocalUsages(ExecutableDefinitionNode definition)
    {
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            usages = VariableUsageCollector.Collect(Schema, definition);
            _variableUsages[definition] = usages;
        }

        return usages;
    }

    private List<FragmentDefinition> ReferencedFragments(IReadOnlyList<OperationDefinition> operations)
    {
        // The spread names of the operations, first-seen order, without duplicates.
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        // Operations spreading the same set of names share one result (and one cost), whatever their order.
        var key = SetKey(names);
        if (_referencedFragmentsByNames.TryGetValue(key, out var cached))
        {
            return cached;
        }

        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinition>();

        // Breadth-first: names found in a fragment are appended and visited after the ones already queued.
        for (var i = 0; i < names.Count; i++)
        {
            var fragment = GetFragment(names[i]);
            if (fragment is null)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        _referencedFragmentsByNames[key] = fragments;
        return fragments;
    }

    private static string SetKey(List<string> names)
    {
        if (names.Count == 0)
        {
            return string.Empty;
        }

        if (names.Count == 1)
        {
            return names[0];
        }

        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);

        // ',' cannot occur in a GraphQL name, so the joined key is unambiguous.
        return string.Join(',', sorted);
    }
}
