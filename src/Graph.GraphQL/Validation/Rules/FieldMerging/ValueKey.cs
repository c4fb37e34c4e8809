using System.Text;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules.FieldMerging;

/// <summary>
/// Writes a value literal as a key that two literals share exactly when they mean the same argument value for
/// merging: same kinds and raw texts (so <c>1</c> and <c>1.0</c> differ, and a block string differs from a quoted one),
/// variables by name, and object fields in name order.
/// </summary>
internal static class ValueKey
{
    public static void Append(StringBuilder builder, ValueNode value)
    {
        StackGuard.EnsureStack();
        switch (value)
        {
            case Variable variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValue i:
                builder.Append('i').Append(i.Value);
                break;
            case FloatValue f:
                builder.Append('f').Append(f.Value);
                break;
            case StringValue s:
                builder.Append(s.Block ? "b" : "s");
                AppendQuoted(builder, s.Value);
                break;
            case BooleanValue b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NullValue:
                builder.Append("null");
                break;
            case EnumValue e:
                builder.Append('e').Append(e.Value);
                break;
            case ListValue list:
                builder.Append('[');
                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Append(builder, list.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValue obj:
            {
                // Stable ordinal sort by field name: repeated names keep their written order.
                var fields = new List<ObjectField>(obj.Fields);
                StableSort.BinaryInsertion(fields, (a, b) => string.CompareOrdinal(a.Name.Value, b.Name.Value));
                builder.Append('{');
                for (var i = 0; i < fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    builder.Append(fields[i].Name.Value).Append(':');
                    Append(builder, fields[i].Value);
                }

                builder.Append('}');
                break;
            }

            default:
                builder.Append('?').Append(value.Kind);
                break;
        }
    }

    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        builder.Append('"');
    }
}
