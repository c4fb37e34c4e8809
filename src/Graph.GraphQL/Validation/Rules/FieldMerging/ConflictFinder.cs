using System.Text;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation.Rules.FieldMerging;

/// <summary>
/// The field-merging algorithm. Within a selection set it compares (A) fields with each other, (B) fields with each
/// spread fragment and (C) spread fragments with each other; two overlapping fields with sub-selections are compared
/// through their sub-selections the same way. "Mutually exclusive" means the two sides can never apply to the same
/// object (different object parent types somewhere up the chain), which relaxes the name and argument checks but not
/// the return type shape. Collected fields, fragment pairs, field-versus-fragment comparisons and printed argument
/// values are memoized; every comparison spends from a work budget.
/// </summary>
internal sealed class ConflictFinder
{
    /// <summary>The comparison budget of one validation run (as graphql-js allows).</summary>
    public const int ComplexityBudget = 500000;

    private readonly ValidationContext _context;
    private readonly Dictionary<(GraphQLType?, SelectionSet), CollectedFields> _collected = new();
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = new();
    private readonly Dictionary<ValueNode, string> _printedValues = new(ReferenceEqualityComparer.Instance);
    private int _remainingBudget = ComplexityBudget;

    public ConflictFinder(ValidationContext context)
    {
        _context = context;
    }

    /// <summary>Every conflict among the fields of one response object.</summary>
    public List<Conflict> FindConflictsWithinSelectionSet(GraphQLType? parentType, SelectionSet selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = Collect(parentType, selectionSet);

        // (A) Fields against each other.
        CollectConflictsWithin(conflicts, collected);

        var names = collected.FragmentNames;
        if (names.Count != 0 && (collected.FieldsByResponseName.Count != 0 || names.Count > 1))
        {
            for (var i = 0; i < names.Count; i++)
            {
                // (B) Fields against each spread fragment, and (C) spread fragments against each other.
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, names[i]);
                for (var j = i + 1; j < names.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, names[i], names[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts,
        bool mutuallyExclusive,
        CollectedFields fields,
        string fragmentName)
    {
        StackGuard.EnsureStack();
        Spend(1);
        if (fields.FieldsByResponseName.Count == 0)
        {
            return;
        }

        // A non-exclusive comparison covers an exclusive one, not the other way round.
        var compared = fields.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (compared.TryGetValue(fragmentName, out var wasExclusive) && (!wasExclusive || mutuallyExclusive))
        {
            return;
        }

        compared[fragmentName] = mutuallyExclusive;
        if (_context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentFields = CollectFragment(fragment);
        if (ReferenceEquals(fields, fragmentFields))
        {
            return;
        }

        // (D) The fields against the fragment's own fields, (E) then against the fragments it spreads.
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields, fragmentFields);
        foreach (var nestedName in fragmentFields.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields, nestedName);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        StackGuard.EnsureStack();
        Spend(2);
        if (name1 == name2 || WereFragmentsCompared(name1, name2, mutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs[(name1, name2)] = mutuallyExclusive;
        var fragment1 = _context.GetFragment(name1);
        var fragment2 = _context.GetFragment(name2);
        if (fragment1 is null || fragment2 is null)
        {
            return;
        }

        var fields1 = CollectFragment(fragment1);
        var fields2 = CollectFragment(fragment2);

        // (F) The two fragments' own fields, (G) then each against the fragments the other spreads.
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var nested2 in fields2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, nested2);
        }

        foreach (var nested1 in fields1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, nested1, name2);
        }
    }

    private bool WereFragmentsCompared(string name1, string name2, bool mutuallyExclusive)
    {
        // An exclusive comparison is covered by any earlier one; a non-exclusive one only by a non-exclusive one.
        return Covered(name1, name2) || Covered(name2, name1);

        bool Covered(string a, string b) =>
            _comparedFragmentPairs.TryGetValue((a, b), out var wasExclusive) && (mutuallyExclusive || !wasExclusive);
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive,
        GraphQLType? parentType1,
        SelectionSet selectionSet1,
        GraphQLType? parentType2,
        SelectionSet selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var fields1 = Collect(parentType1, selectionSet1);
        var fields2 = Collect(parentType2, selectionSet2);

        // (H) Fields against fields, (I) fields against the other side's fragments, (J) fragments against fragments.
        CollectConflictsBetween(conflicts, mutuallyExclusive, fields1, fields2);
        foreach (var name2 in fields2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields1, name2);
        }

        foreach (var name1 in fields1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fields2, name1);
        }

        foreach (var name1 in fields1.FragmentNames)
        {
            foreach (var name2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields collected)
    {
        foreach (var (responseName, fields) in collected.FieldsByResponseName)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(
        List<Conflict> conflicts,
        bool parentsMutuallyExclusive,
        CollectedFields collected1,
        CollectedFields collected2)
    {
        if (collected1.FieldsByResponseName.Count == 0 || collected2.FieldsByResponseName.Count == 0)
        {
            return;
        }

        foreach (var (responseName, fields1, fields2) in Overlapping(collected1, collected2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(parentsMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> Overlapping(
        CollectedFields collected1,
        CollectedFields collected2)
    {
        var byOther = collected1.Overlaps ??= new(ReferenceEqualityComparer.Instance);
        if (byOther.TryGetValue(collected2, out var cached))
        {
            return cached;
        }

        var overlaps = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, fields1) in collected1.FieldsByResponseName)
        {
            Spend(1);
            if (collected2.FieldsByResponseName.TryGetValue(responseName, out var fields2))
            {
                overlaps.Add((responseName, fields1, fields2));
            }
        }

        byOther[collected2] = overlaps;
        return overlaps;
    }

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        StackGuard.EnsureStack();
        // Fields of two different object types can never both be in one response object, so they may differ in name
        // and arguments. Interfaces and unions might overlap (now or in a later schema), so they may not.
        var mutuallyExclusive = parentsMutuallyExclusive ||
            (!ReferenceEquals(field1.ParentType, field2.ParentType) &&
             field1.ParentType is GraphQLObjectType &&
             field2.ParentType is GraphQLObjectType);
        Spend(2);

        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!mutuallyExclusive)
        {
            var info1 = field1.Info;
            var info2 = field2.Info;
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                if (name1 != name2)
                {
                    reason = $"\"{ConflictText.Abbreviate(name1)}\" and \"{ConflictText.Abbreviate(name2)}\" are different fields";
                }
                else
                {
                    reason = SameArguments(info1, info2) ? null : "they have differing arguments";
                }

                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, new List<Field> { node1 }, new List<Field> { node2 });
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(
                responseName,
                $"they return conflicting types \"{type1}\" and \"{type2}\"",
                new List<Field> { node1 },
                new List<Field> { node2 });
        }

        // Compare sub-selections; fragments seen on either side are compared once.
        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(
                mutuallyExclusive,
                field1.Info.NamedType,
                selectionSet1,
                field2.Info.NamedType,
                selectionSet2);
            return SubfieldConflicts(subConflicts, responseName, node1, node2);
        }

        return null;
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, Field node1, Field node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0)
            {
                message.Append(" and ");
            }

            message.Append("subfields \"").Append(ConflictText.Abbreviate(conflict.ResponseName))
                .Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > ConflictText.MaxDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            ConflictText.Abbreviate(message.ToString()),
            ConflictNodes(node1, conflicts, first: true),
            ConflictNodes(node2, conflicts, first: false));
    }

    // The field itself, then the nested fields involved, keeping the deepest ones when there are too many.
    private static List<Field> ConflictNodes(Field node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<Field> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var room = ConflictText.MaxNodes - nodes.Count;
            var start = Math.Max(0, side.Count - room);
            for (var i = start; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == ConflictText.MaxNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private bool SameArguments(FieldInfo info1, FieldInfo info2)
    {
        if (info1.ValuesByName is null)
        {
            return info2.ValuesByName is null;
        }

        if (info2.ValuesByName is null || info1.Arguments.Count != info2.Arguments.Count)
        {
            return false;
        }

        foreach (var argument in info1.Arguments)
        {
            Spend(1);
            if (!info2.ValuesByName.TryGetValue(argument.Name.Value, out var value2) ||
                Print(argument.Value) != Print(value2))
            {
                return false;
            }
        }

        return true;
    }

    // Two return types conflict when their list and non-null wrappers differ or they end in different leaf types.
    // Composite types are not compared here: their fields are compared through the sub-selections.
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            Spend(1);
            if (type1 is GraphQLList list1)
            {
                if (type2 is not GraphQLList list2)
                {
                    return true;
                }

                type1 = list1.OfType;
                type2 = list2.OfType;
                continue;
            }

            if (type2 is GraphQLList)
            {
                return true;
            }

            if (type1 is GraphQLNonNull nonNull1)
            {
                if (type2 is not GraphQLNonNull nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
                continue;
            }

            if (type2 is GraphQLNonNull)
            {
                return true;
            }

            return type1.IsLeafType || type2.IsLeafType;
        }
    }

    private CollectedFields CollectFragment(FragmentDefinition fragment) =>
        Collect(_context.Schema.GetTypeFromAst(fragment.TypeCondition), fragment.SelectionSet);

    private CollectedFields Collect(GraphQLType? parentType, SelectionSet selectionSet)
    {
        // Keyed by parent type too: a built document may share one selection set object between parent types.
        if (_collected.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var collected = new CollectedFields();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        CollectInto(parentType, selectionSet, collected, fragmentNames);
        _collected[(parentType, selectionSet)] = collected;
        return collected;
    }

    private void CollectInto(GraphQLType? parentType, SelectionSet selectionSet, CollectedFields collected, HashSet<string> fragmentNames)
    {
        StackGuard.EnsureStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case Field field:
                {
                    // Only fields declared on the type count; meta fields such as __typename have no definition here.
                    var definition = parentType is GraphQLComplexType complex ? complex.GetField(field.Name.Value) : null;
                    var responseName = field.ResponseKey;
                    if (!collected.FieldsByResponseName.TryGetValue(responseName, out var list))
                    {
                        list = new List<FieldDetails>();
                        collected.FieldsByResponseName.Add(responseName, list);
                    }

                    list.Add(new FieldDetails(parentType, field, definition));
                    break;
                }

                case FragmentSpread spread:
                    if (fragmentNames.Add(spread.Name.Value))
                    {
                        collected.FragmentNames.Add(spread.Name.Value);
                    }

                    break;

                case InlineFragment inline:
                {
                    var inlineType = inline.TypeCondition is { } condition ? _context.Schema.GetTypeFromAst(condition) : parentType;
                    CollectInto(inlineType, inline.SelectionSet, collected, fragmentNames);
                    break;
                }
            }
        }
    }

    private string Print(ValueNode value)
    {
        if (!_printedValues.TryGetValue(value, out var printed))
        {
            var builder = new StringBuilder();
            ValueKey.Append(builder, value);
            printed = builder.ToString();
            _printedValues[value] = printed;
        }

        return printed;
    }

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException(workBudgetExhausted: true);
        }
    }
}
