using Graph.Model;

namespace Graph.Ingestion.Events;

/// <summary>
/// The evidence rule names built from an event type or a role ("event.ceasefire.noun", "role.mediator.phrase"),
/// made once instead of lower-casing the enum name for every piece of evidence.
/// </summary>
internal static class RuleNames
{
    private static readonly string[] EventVerb = Build<EventType>(static name => "event." + name + ".verb");
    private static readonly string[] EventNoun = Build<EventType>(static name => "event." + name + ".noun");
    private static readonly string[] RoleLower = Build<RelationType>(static name => name);

    /// <summary>"event.&lt;type&gt;.verb" or "event.&lt;type&gt;.noun".</summary>
    public static string Event(EventType type, bool verb)
    {
        var table = verb ? EventVerb : EventNoun;
        var i = (int)type;
        return (uint)i < (uint)table.Length ? table[i] : "event." + type.ToString().ToLowerInvariant() + (verb ? ".verb" : ".noun");
    }

    /// <summary>"role.&lt;role&gt;", then "." and <paramref name="suffix"/> when there is one.</summary>
    public static string Role(RelationType role, string? suffix)
    {
        var i = (int)role;
        var name = (uint)i < (uint)RoleLower.Length ? RoleLower[i] : role.ToString().ToLowerInvariant();
        return suffix is null ? "role." + name : string.Concat("role.", name, ".", suffix);
    }

    /// <summary>A table indexed by the enum's value (values are 0, 1, 2… in declaration order), from its lower-case name.</summary>
    private static string[] Build<T>(Func<string, string> make) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var table = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var index = Convert.ToInt32(values[i]);
            if (index < 0 || index >= table.Length) throw new InvalidOperationException($"{typeof(T).Name} values are not 0..{table.Length - 1}");
            table[index] = make(values[i].ToString().ToLowerInvariant());
        }
        return table;
    }
}
