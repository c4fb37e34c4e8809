using System.Collections.Concurrent;
using System.Reflection;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Lets a resolver return a <see cref="Task"/> or <see cref="Task{TResult}"/> as its value (e.g. a synchronous lambda
/// that returns a store call): the executor waits for it like for an asynchronous resolver and uses its result.
/// </summary>
internal static class TaskValues
{
    private static readonly ConcurrentDictionary<Type, Func<Task, object?>> Readers = new();

    /// <summary>The task's result once it has completed (null for a plain <see cref="Task"/>).</summary>
    public static async ValueTask<object?> AwaitAsync(Task task)
    {
        await task.ConfigureAwait(false);
        return ReadResult(task);
    }

    private static object? ReadResult(Task task) =>
        Readers.GetOrAdd(task.GetType(), static type => CreateReader(type))(task);

    private static Func<Task, object?> CreateReader(Type type)
    {
        for (var current = type; current is not null && current != typeof(Task); current = current.BaseType)
        {
            // Plain tasks are often Task<VoidTaskResult> inside the runtime; their "result" is not a value.
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(Task<>) &&
                current.GetGenericArguments()[0].FullName != "System.Threading.Tasks.VoidTaskResult")
            {
                var result = current.GetProperty(nameof(Task<object>.Result), BindingFlags.Public | BindingFlags.Instance)!;
                return task => result.GetValue(task);
            }
        }

        return static _ => null;
    }
}
