using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>The spec's ExecuteField and CompleteValue, writing into the result tree.</summary>
internal sealed partial class ExecutionState
{
    /// <summary>Executes every field of <paramref name="result"/> in order, stopping if the object is nulled.</summary>
    public void ExecuteFields(ResultObject result)
    {
        var fields = result.Plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            ExecuteField(result, i, fields[i]);
            if (result.IsNulled)
            {
                return;
            }
        }
    }

    /// <summary>Resolves field <paramref name="slot"/> of <paramref name="parent"/> and completes its value (or leaves it pending).</summary>
    public void ExecuteField(ResultObject parent, int slot, FieldPlan field)
    {
        if (CancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(CancellationToken);
        }

        object? value;
        ResolveContext? context = null;
        try
        {
            switch (field.Kind)
            {
                case FieldKind.TypeName:
                    parent.Values[slot] = field.ParentType.Name;
                    return;

                case FieldKind.Default:
                    if (field.Arguments is { } arguments)
                    {
                        // Arguments are coerced (and their errors reported) even when nothing reads them.
                        arguments.Coerce(Variables);
                    }

                    value = DefaultFieldResolver.Resolve(parent.Source, field);
                    break;

                case FieldKind.Internal:
                    value = field.InternalResolver!(parent.Source, field.CoerceArguments(Variables), this);
                    break;

                default:
                    context = new ResolveContext(this, field, parent, slot, parent.Source, field.CoerceArguments(Variables));
                    var resolved = field.Resolver!(context);
                    if (resolved.IsCompletedSuccessfully && resolved.Result is Task task)
                    {
                        // A task returned as a value (a synchronous lambda returning a store call) is awaited too.
                        resolved = TaskValues.AwaitAsync(task);
                    }

                    if (!resolved.IsCompleted)
                    {
                        PendingStarted();
                        new PendingField(Queue, parent, slot, field, resolved, context).Start();
                        return;
                    }

                    value = resolved.Result;
                    break;
            }
        }
        catch (Exception exception) when (!IsOwnCancellation(exception))
        {
            RaiseFieldError(parent, slot, field, exception);
            return;
        }

        CompleteValue(parent, slot, field, field.ReturnType, value, context);
    }

    /// <summary>
    /// Completes <paramref name="value"/> of <paramref name="type"/> into <paramref name="slot"/> of <paramref name="parent"/>:
    /// null checks, leaf serialization, lists item by item, objects by executing their sub-selection.
    /// </summary>
    public void CompleteValue(ResultNode parent, int slot, FieldPlan field, GraphQLType type, object? value, ResolveContext? context)
    {
        if (value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            value = null;
        }

        if (type is GraphQLNonNull nonNull)
        {
            if (value is null)
            {
                RaiseFieldError(parent, slot, field, new GraphQLError(
                    $"Cannot return null for non-nullable field {field.ParentType.Name}.{field.FieldName}."));
                return;
            }

            type = nonNull.OfType;
        }
        else if (value is null)
        {
            parent.Slots[slot] = null;
            return;
        }

        try
        {
            switch (type)
            {
                case GraphQLScalarType scalar:
                    parent.Slots[slot] = LeafSerializer.Serialize(scalar, value);
                    return;
                case GraphQLEnumType enumType:
                    parent.Slots[slot] = enumType.Serialize(value);
                    return;
                case GraphQLList list:
                    CompleteList(parent, slot, field, list.OfType, value, context);
                    return;
                case GraphQLObjectType objectType:
                    CompleteObject(parent, slot, field, field.GetChildPlan(objectType), value);
                    return;
                default:
                    CompleteObject(parent, slot, field, ResolveRuntimePlan((GraphQLNamedType)type, field, value, context, parent, slot), value);
                    return;
            }
        }
        catch (Exception exception) when (!IsOwnCancellation(exception))
        {
            RaiseFieldError(parent, slot, field, exception);
        }
    }

    private void CompleteList(ResultNode parent, int slot, FieldPlan field, GraphQLType itemType, object value, ResolveContext? context)
    {
        if (value is JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                throw NotIterable(field);
            }

            var fromJson = new ResultList(field, itemType, element.GetArrayLength(), parent, slot);
            parent.Slots[slot] = fromJson;
            var position = 0;
            foreach (var item in element.EnumerateArray())
            {
                CompleteValue(fromJson, position++, field, itemType, item, context);
                if (fromJson.IsNulled)
                {
                    return;
                }
            }

            return;
        }

        if (value is string or IDictionary || value is not IEnumerable sequence)
        {
            throw NotIterable(field);
        }

        IList items;
        if (value is IList indexed)
        {
            items = indexed;
        }
        else
        {
            var copied = new List<object?>();
            foreach (var item in sequence)
            {
                copied.Add(item);
            }

            items = copied;
        }

        var list = new ResultList(field, itemType, items.Count, parent, slot);
        parent.Slots[slot] = list;
        for (var i = 0; i < list.Items.Length; i++)
        {
            CompleteValue(list, i, field, itemType, items[i], context);
            if (list.IsNulled)
            {
                return;
            }
        }
    }

    private static GraphQLError NotIterable(FieldPlan field) =>
        new($"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.FieldName}\".");

    private void CompleteObject(ResultNode parent, int slot, FieldPlan field, SelectionPlan plan, object value)
    {
        var result = new ResultObject(plan, value, parent, slot);
        parent.Slots[slot] = result;
        if (RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ExecuteFields(result);
        }
        else
        {
            // Very deep results continue from the executor loop with a fresh stack.
            Queue.Post(new DeferredFields(result));
        }
    }

    /// <summary>
    /// Reports <paramref name="exception"/> as a field error at the path of <paramref name="slot"/> and puts null there,
    /// propagating it upwards through non-null positions.
    /// </summary>
    public void RaiseFieldError(ResultNode parent, int slot, FieldPlan field, Exception exception)
    {
        Errors.Add(FieldErrors.Locate(exception, field.Nodes, parent.PathOf(slot), Options));
        parent.PropagateNull(slot);
    }
}
