using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// What a field resolver receives: the parent value, the coerced arguments, the field being resolved and the request
/// it belongs to, plus per-request data loaders. A new context is created for every resolver call.
/// </summary>
public sealed partial class ResolveContext
{
    private readonly ExecutionState _state;
    private readonly FieldPlan _field;
    private readonly ResultNode _parent;
    private readonly int _slot;
    private IReadOnlyList<object>? _path;

    internal ResolveContext(ExecutionState state, FieldPlan field, ResultNode parent, int slot, object? source, IReadOnlyDictionary<string, object?> arguments)
    {
        _state = state;
        _field = field;
        _parent = parent;
        _slot = slot;
        Source = source;
        Arguments = arguments;
    }

    /// <summary>The parent value: the value the parent field resolved to, or the request's root value for root fields.</summary>
    public object? Source { get; }

    /// <summary>
    /// The coerced arguments: one entry per argument that was given or has a default (an argument given as
    /// <c>null</c> is present with a null value). Int as <see cref="int"/>, Float as <see cref="double"/>, String and
    /// ID as <see cref="string"/>, Boolean as <see cref="bool"/>, enums as their internal values, input objects as
    /// <see cref="IReadOnlyDictionary{TKey,TValue}"/>, lists as <see cref="IReadOnlyList{T}"/>, custom scalars as
    /// their scalar parses them.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The name of the field being resolved (not its alias).</summary>
    public string FieldName => _field.FieldName;

    /// <summary>The key of the field in the response (its alias, or its name).</summary>
    public string ResponseKey => _field.ResponseKey;

    /// <summary>The object type the field belongs to.</summary>
    public GraphQLObjectType ParentType => _field.ParentType;

    /// <summary>The declared type of the field.</summary>
    public GraphQLType ReturnType => _field.ReturnType;

    /// <summary>The field's definition in the schema.</summary>
    public GraphQLField FieldDefinition => _field.Definition;

    /// <summary>The field nodes of the document that select this field (several when merged).</summary>
    public IReadOnlyList<Field> FieldNodes => _field.Nodes;

    /// <summary>The response path of the field: response keys and list indices from the root.</summary>
    public IReadOnlyList<object> Path => _path ??= _parent.PathOf(_slot);

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema => _state.Schema;

    /// <summary>The operation being executed.</summary>
    public OperationDefinition Operation => _state.Operation;

    /// <summary>The coerced variable values of the request.</summary>
    public IReadOnlyDictionary<string, object?> Variables => _state.Variables;

    /// <summary>The request's root value.</summary>
    public object? RootValue => _state.RootValue;

    /// <summary>The request's application context (<see cref="GraphQLRequest.Context"/>).</summary>
    public object? Context => _state.Context;

    /// <summary>The request's services (<see cref="GraphQLRequest.Services"/>).</summary>
    public IServiceProvider? Services => _state.Services;

    /// <summary>Signals that the request was cancelled or timed out; pass it to anything the resolver waits on.</summary>
    public CancellationToken CancellationToken => _state.CancellationToken;

    /// <summary>True when the argument was given or has a default value (even when that value is null).</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>
    /// The argument converted to <typeparamref name="T"/>; <c>default</c> when it is absent or null. Numbers convert
    /// between numeric types, strings and enum internal values convert to .NET enums by name, lists convert to
    /// arrays, <see cref="List{T}"/> and read-only list interfaces of a convertible item type.
    /// </summary>
    /// <exception cref="InvalidCastException">The value cannot be converted.</exception>
    public T? GetArgument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? ArgumentConversion.Convert<T>(name, value) : default;

    /// <summary>The argument converted to <typeparamref name="T"/>, or <paramref name="fallback"/> when absent or null.</summary>
    public T GetArgument<T>(string name, T fallback) =>
        Arguments.TryGetValue(name, out var value) && value is not null ? ArgumentConversion.Convert<T>(name, value)! : fallback;

    /// <summary>A service of the request's <see cref="Services"/>, or null.</summary>
    public T? GetService<T>()
        where T : class => Services?.GetService(typeof(T)) as T;

    /// <summary>
    /// The request's data loader named <paramref name="name"/>, created with <paramref name="fetch"/> on first use.
    /// Keys loaded through it by any resolver of this request are fetched together when the execution has nothing
    /// else to do: one fetch call per round instead of one per parent object.
    /// </summary>
    /// <exception cref="InvalidOperationException">The name is used by a loader of other key or value types.</exception>
    public DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull => GetDataLoader(name, fetch, 0);

    /// <summary>As <see cref="GetDataLoader{TKey,TValue}(string, Func{IReadOnlyList{TKey}, CancellationToken, Task{IReadOnlyDictionary{TKey,TValue}}})"/>, with at most <paramref name="maxBatchSize"/> keys per fetch call (0: no limit).</summary>
    public DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        int maxBatchSize)
        where TKey : notnull
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(fetch);
        return _state.Loaders.GetOrAdd(name, fetch, maxBatchSize);
    }

    /// <inheritdoc />
    public override string ToString() => $"{ParentType.Name}.{FieldName} at {string.Join(".", Path)}";
}
