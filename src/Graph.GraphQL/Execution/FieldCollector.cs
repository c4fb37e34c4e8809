using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// The spec's CollectFields: groups the fields of one or more selection sets that apply to an object type by response
/// key, in the order keys first appear, following fragment spreads (each at most once) and inline fragments whose type
/// condition applies, and leaving out selections that <c>@skip</c>/<c>@include</c> exclude.
/// </summary>
internal sealed class FieldCollector
{
    private const int LinearSearchLimit = 16;

    private readonly GraphQLSchema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinition> _fragments;
    private readonly Conditions _conditions;
    private readonly GraphQLObjectType _type;
    private Dictionary<string, int>? _indexByKey;
    private readonly List<KeyValuePair<string, List<Field>>> _groups = new();
    private HashSet<string>? _visitedFragments;

    private FieldCollector(GraphQLSchema schema, IReadOnlyDictionary<string, FragmentDefinition> fragments, Conditions conditions, GraphQLObjectType type)
    {
        _schema = schema;
        _fragments = fragments;
        _conditions = conditions;
        _type = type;
    }

    /// <summary>Collects the fields of <paramref name="selectionSets"/> for <paramref name="type"/>.</summary>
    /// <exception cref="GraphQLError">A <c>@skip</c>/<c>@include</c> condition has no valid value.</exception>
    public static List<KeyValuePair<string, List<Field>>> Collect(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinition> fragments,
        Conditions conditions,
        GraphQLObjectType type,
        IEnumerable<SelectionSet> selectionSets)
    {
        var collector = new FieldCollector(schema, fragments, conditions, type);
        foreach (var selectionSet in selectionSets)
        {
            collector.CollectFrom(selectionSet);
        }

        return collector._groups;
    }

    private void CollectFrom(SelectionSet selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case Field field:
                    if (!_conditions.IsIncluded(field.Directives))
                    {
                        continue;
                    }

                    var key = field.ResponseKey;
                    var index = IndexOf(key);
                    if (index >= 0)
                    {
                        _groups[index].Value.Add(field);
                    }
                    else
                    {
                        _indexByKey?.Add(key, _groups.Count);
                        _groups.Add(new KeyValuePair<string, List<Field>>(key, new List<Field>(1) { field }));
                        if (_indexByKey is null && _groups.Count == LinearSearchLimit)
                        {
                            _indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
                            for (var i = 0; i < _groups.Count; i++)
                            {
                                _indexByKey.Add(_groups[i].Key, i);
                            }
                        }
                    }

                    break;

                case InlineFragment inline:
                    if (!_conditions.IsIncluded(inline.Directives) || !Applies(inline.TypeCondition))
                    {
                        continue;
                    }

                    CollectFrom(inline.SelectionSet);
                    break;

                case FragmentSpread spread:
                    var name = spread.Name.Value;
                    if ((_visitedFragments?.Contains(name) ?? false) || !_conditions.IsIncluded(spread.Directives))
                    {
                        continue;
                    }

                    (_visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
                    if (!_fragments.TryGetValue(name, out var fragment) || !Applies(fragment.TypeCondition))
                    {
                        continue;
                    }

                    CollectFrom(fragment.SelectionSet);
                    break;
            }
        }
    }

    private int IndexOf(string key)
    {
        if (_indexByKey is not null)
        {
            return _indexByKey.TryGetValue(key, out var index) ? index : -1;
        }

        for (var i = 0; i < _groups.Count; i++)
        {
            if (string.Equals(_groups[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private bool Applies(NamedType? condition)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = _schema.GetType(condition.Name.Value);
        if (conditionType is null)
        {
            return false;
        }

        if (ReferenceEquals(conditionType, _type))
        {
            return true;
        }

        return conditionType.IsAbstractType && _schema.IsSubType(conditionType, _type);
    }
}
