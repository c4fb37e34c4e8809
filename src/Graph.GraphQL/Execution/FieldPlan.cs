using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// One response key of a <see cref="SelectionPlan"/>: the merged field nodes, the field definition, how to resolve it,
/// its arguments, and (built on first use) the plans of its sub-selection per concrete object type.
/// </summary>
internal sealed class FieldPlan
{
    private const int MaxEncodedKeys = 10_000;

    private static readonly ConcurrentDictionary<string, JsonEncodedText> EncodedKeys = new(StringComparer.Ordinal);

    private readonly PlanContext _context;
    private SelectionPlan? _objectPlan;
    private KeyValuePair<GraphQLObjectType, SelectionPlan>[] _abstractPlans = Array.Empty<KeyValuePair<GraphQLObjectType, SelectionPlan>>();
    private MemberReader? _reader;

    /// <summary>Creates the plan of one response key.</summary>
    public FieldPlan(
        PlanContext context,
        GraphQLObjectType parentType,
        string responseKey,
        Field[] nodes,
        GraphQLField definition,
        FieldKind kind,
        FieldResolver? resolver,
        InternalResolver? internalResolver)
    {
        _context = context;
        ParentType = parentType;
        ResponseKey = responseKey;
        EncodedKey = Encode(responseKey);
        Nodes = nodes;
        Definition = definition;
        FieldName = definition.Name;
        ReturnType = definition.Type;
        Kind = kind;
        Resolver = resolver;
        InternalResolver = internalResolver;
        Arguments = ArgumentPlan.Create(definition.Arguments, nodes[0]);
    }

    // Response keys repeat across documents (field names mostly); aliases come from clients, so the cache is bounded.
    private static JsonEncodedText Encode(string key)
    {
        if (EncodedKeys.TryGetValue(key, out var encoded))
        {
            return encoded;
        }

        encoded = JsonEncodedText.Encode(key, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        if (EncodedKeys.Count < MaxEncodedKeys)
        {
            EncodedKeys.TryAdd(key, encoded);
        }

        return encoded;
    }

    /// <summary>The key of the field in the response (alias or name).</summary>
    public string ResponseKey { get; }

    /// <summary>The response key, encoded once for the JSON writer.</summary>
    public JsonEncodedText EncodedKey { get; }

    /// <summary>The field nodes merged under this key (at least one); their positions are the error locations.</summary>
    public Field[] Nodes { get; }

    /// <summary>The object type the field is selected on.</summary>
    public GraphQLObjectType ParentType { get; }

    /// <summary>The field definition.</summary>
    public GraphQLField Definition { get; }

    /// <summary>The field name (not the alias).</summary>
    public string FieldName { get; }

    /// <summary>The declared type of the field.</summary>
    public GraphQLType ReturnType { get; }

    /// <summary>How the value is obtained.</summary>
    public FieldKind Kind { get; }

    /// <summary>The application resolver, for <see cref="FieldKind.Resolver"/>.</summary>
    public FieldResolver? Resolver { get; }

    /// <summary>The engine's resolver, for <see cref="FieldKind.Internal"/>.</summary>
    public InternalResolver? InternalResolver { get; }

    /// <summary>The arguments, or null when the field declares none.</summary>
    public ArgumentPlan? Arguments { get; }

    /// <summary>The coerced arguments for one execution.</summary>
    public IReadOnlyDictionary<string, object?> CoerceArguments(IReadOnlyDictionary<string, object?> variables) =>
        Arguments is null ? ArgumentPlan.Empty : Arguments.Coerce(variables);

    /// <summary>
    /// The plan of the sub-selection for values of <paramref name="objectType"/>, built on first use and then shared.
    /// </summary>
    /// <exception cref="GraphQLError">A <c>@skip</c>/<c>@include</c> condition inside has no valid value.</exception>
    public SelectionPlan GetChildPlan(GraphQLObjectType objectType)
    {
        if (ReferenceEquals(ReturnType.NamedType, objectType))
        {
            return _objectPlan ??= _context.BuildSubPlan(objectType, Nodes);
        }

        var known = Volatile.Read(ref _abstractPlans);
        foreach (var entry in known)
        {
            if (ReferenceEquals(entry.Key, objectType))
            {
                return entry.Value;
            }
        }

        var plan = _context.BuildSubPlan(objectType, Nodes);
        while (true)
        {
            var extended = new KeyValuePair<GraphQLObjectType, SelectionPlan>[known.Length + 1];
            known.CopyTo(extended, 0);
            extended[^1] = new KeyValuePair<GraphQLObjectType, SelectionPlan>(objectType, plan);
            var seen = Interlocked.CompareExchange(ref _abstractPlans, extended, known);
            if (ReferenceEquals(seen, known))
            {
                return plan;
            }

            known = seen;
            foreach (var entry in known)
            {
                if (ReferenceEquals(entry.Key, objectType))
                {
                    return entry.Value;
                }
            }
        }
    }

    /// <summary>
    /// The default resolver: reads this field's name from <paramref name="source"/> (see <see cref="MemberReader"/>),
    /// remembering the reader of the last CLR type seen, which is nearly always the next one too.
    /// </summary>
    public object? ReadFrom(object? source)
    {
        if (source is null)
        {
            return null;
        }

        var type = source.GetType();
        var reader = _reader;
        if (reader is null || reader.Type != type)
        {
            _reader = reader = MemberReader.For(type, FieldName);
        }

        return reader.Read(source);
    }
}
