using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace Graph.GraphQL.Execution;

/// <summary>
/// Reads one named member from parent values of one CLR type, for the default field resolver: a JSON object's
/// property, a string-keyed dictionary's entry, or a public property or field (matched exactly, then ignoring case)
/// read through a compiled delegate. The kind of access is decided once per (type, name) and cached.
/// </summary>
internal abstract class MemberReader
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), MemberReader> Cache = new();

    private MemberReader(Type type, string name)
    {
        Type = type;
        Name = name;
    }

    /// <summary>The CLR type of the values this reader reads from.</summary>
    public Type Type { get; }

    /// <summary>The member name.</summary>
    public string Name { get; }

    /// <summary>The reader of member <paramref name="name"/> for values of <paramref name="type"/>.</summary>
    public static MemberReader For(Type type, string name) =>
        Cache.GetOrAdd((type, name), static key => Create(key.Type, key.Name));

    /// <summary>The member's value; null when the value has no such member.</summary>
    public abstract object? Read(object source);

    private static MemberReader Create(Type type, string name)
    {
        if (type == typeof(JsonElement))
        {
            return new JsonPropertyReader(type, name);
        }

        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type))
        {
            return new ReadOnlyDictionaryReader(type, name);
        }

        if (typeof(IDictionary<string, object?>).IsAssignableFrom(type))
        {
            return new DictionaryReader(type, name);
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return new LegacyDictionaryReader(type, name);
        }

        return new CompiledMemberReader(type, name, Compile(type, name));
    }

    private static Func<object, object?>? Compile(Type type, string name)
    {
        var member = FindMember(type, name, StringComparison.Ordinal) ?? FindMember(type, name, StringComparison.OrdinalIgnoreCase);
        if (member is null)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "source");
        var typed = type.IsValueType ? Expression.Unbox(instance, type) : (Expression)Expression.Convert(instance, type);
        var access = Expression.MakeMemberAccess(typed, member);
        var memberType = access.Type;
        var box = memberType == typeof(int) ? nameof(BoxedValues.Int)
            : memberType == typeof(int?) ? nameof(BoxedValues.NullableInt)
            : memberType == typeof(bool) ? nameof(BoxedValues.Bool)
            : memberType == typeof(bool?) ? nameof(BoxedValues.NullableBool)
            : null;
        var body = box is null
            ? Expression.Convert(access, typeof(object))
            : (Expression)Expression.Call(typeof(BoxedValues).GetMethod(box, [memberType])!, access);
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    private static MemberInfo? FindMember(Type type, string name, StringComparison comparison)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0 &&
                string.Equals(property.Name, name, comparison))
            {
                return property;
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            if (string.Equals(field.Name, name, comparison))
            {
                return field;
            }
        }

        return null;
    }

    private sealed class JsonPropertyReader(Type type, string name) : MemberReader(type, name)
    {
        public override object? Read(object source)
        {
            var element = (JsonElement)source;
            return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(Name, out var property) &&
                   property.ValueKind != JsonValueKind.Null
                ? property
                : null;
        }
    }

    private sealed class ReadOnlyDictionaryReader(Type type, string name) : MemberReader(type, name)
    {
        public override object? Read(object source) =>
            ((IReadOnlyDictionary<string, object?>)source).TryGetValue(Name, out var value) ? value : null;
    }

    private sealed class DictionaryReader(Type type, string name) : MemberReader(type, name)
    {
        public override object? Read(object source) =>
            ((IDictionary<string, object?>)source).TryGetValue(Name, out var value) ? value : null;
    }

    private sealed class LegacyDictionaryReader(Type type, string name) : MemberReader(type, name)
    {
        public override object? Read(object source)
        {
            var dictionary = (IDictionary)source;
            return dictionary.Contains(Name) ? dictionary[Name] : null;
        }
    }

    private sealed class CompiledMemberReader(Type type, string name, Func<object, object?>? read) : MemberReader(type, name)
    {
        public override object? Read(object source) => read?.Invoke(source);
    }
}
