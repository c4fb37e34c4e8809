using System.Globalization;
using System.Text;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL text in the canonical layout graphql-js 16 uses: two-space indentation, one selection
/// per line, field arguments wrapped onto separate lines when the line would exceed 80 characters, block strings kept
/// as block strings. Printing a parsed document and parsing the result gives an equivalent AST.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any node.</summary>
    public static string Print(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            Name n => n.Value,
            Document n => Join(n.Definitions.Select(Print), "\n\n"),
            OperationDefinition n => PrintOperation(n),
            VariableDefinition n => Join(new[]
            {
                Wrap(string.Empty, PrintOptional(n.Description), "\n"),
                Print(n.Variable),
                ": ",
                Print(n.Type),
                Wrap(" = ", PrintOptional(n.DefaultValue)),
                Wrap(" ", PrintDirectives(n.Directives)),
            }),
            Variable n => "$" + n.Name.Value,
            SelectionSet n => Block(n.Selections.Select(Print)),
            Field n => PrintField(n),
            Argument n => n.Name.Value + ": " + Print(n.Value),
            FragmentSpread n => Join(new[] { "...", n.Name.Value, Wrap(" ", PrintDirectives(n.Directives)) }),
            InlineFragment n => Join(new[]
            {
                "...",
                Wrap("on ", PrintOptional(n.TypeCondition)),
                PrintDirectives(n.Directives),
                Print(n.SelectionSet),
            }, " "),
            FragmentDefinition n => Join(new[]
            {
                Wrap(string.Empty, PrintOptional(n.Description), "\n"),
                "fragment ",
                n.Name.Value,
                " on ",
                Print(n.TypeCondition),
                " ",
                Wrap(string.Empty, PrintDirectives(n.Directives), " "),
                Print(n.SelectionSet),
            }),
            IntValue n => n.Value,
            FloatValue n => n.Value,
            StringValue n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
            BooleanValue n => n.Value ? "true" : "false",
            NullValue => "null",
            EnumValue n => n.Value,
            ListValue n => "[" + Join(n.Values.Select(Print), ", ") + "]",
            ObjectValue n => "{" + Join(n.Fields.Select(Print), ", ") + "}",
            ObjectField n => n.Name.Value + ": " + Print(n.Value),
            Directive n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments.Select(Print), ", "), ")"),
            NamedType n => n.Name.Value,
            ListType n => "[" + Print(n.Type) + "]",
            NonNullType n => Print(n.Type) + "!",
            SchemaDefinition n => Join(new[]
            {
                Wrap(string.Empty, PrintOptional(n.Description), "\n"),
                Join(new[] { "schema", PrintDirectives(n.Directives), Block(n.OperationTypes.Select(Print)) }, " "),
            }),
            OperationTypeDefinition n => OperationName(n.Operation) + ": " + Print(n.Type),
            ScalarTypeDefinition n => WithDescription(n.Description,
                Join(new[] { "scalar", n.Name.Value, PrintDirectives(n.Directives) }, " ")),
            ObjectTypeDefinition n => WithDescription(n.Description, Join(new[]
            {
                "type",
                n.Name.Value,
                Wrap("implements ", Join(n.Interfaces.Select(Print), " & ")),
                PrintDirectives(n.Directives),
                Block(n.Fields.Select(Print)),
            }, " ")),
            FieldDefinition n => Join(new[]
            {
                Wrap(string.Empty, PrintOptional(n.Description), "\n"),
                n.Name.Value,
                PrintArgumentDefinitions(n.Arguments),
                ": ",
                Print(n.Type),
                Wrap(" ", PrintDirectives(n.Directives)),
            }),
            InputValueDefinition n => Join(new[]
            {
                Wrap(string.Empty, PrintOptional(n.Description), "\n"),
                n.Name.Value,
                ": ",
                Print(n.Type),
                Wrap(" = ", PrintOptional(n.DefaultValue)),
                Wrap(" ", PrintDirectives(n.Directives)),
            }),
            InterfaceTypeDefinition n => WithDescription(n.Description, Join(new[]
            {
                "interface",
                n.Name.Value,
                Wrap("implements ", Join(n.Interfaces.Select(Print), " & ")),
                PrintDirectives(n.Directives),
                Block(n.Fields.Select(Print)),
            }, " ")),
            UnionTypeDefinition n => WithDescription(n.Description, Join(new[]
            {
                "union",
                n.Name.Value,
                PrintDirectives(n.Directives),
                Wrap("= ", Join(n.Types.Select(Print), " | ")),
            }, " ")),
            EnumTypeDefinition n => WithDescription(n.Description, Join(new[]
            {
                "enum", n.Name.Value, PrintDirectives(n.Directives), Block(n.Values.Select(Print)),
            }, " ")),
            EnumValueDefinition n => WithDescription(n.Description,
                Join(new[] { n.Name.Value, PrintDirectives(n.Directives) }, " ")),
            InputObjectTypeDefinition n => WithDescription(n.Description, Join(new[]
            {
                "input", n.Name.Value, PrintDirectives(n.Directives), Block(n.Fields.Select(Print)),
            }, " ")),
            DirectiveDefinition n => Join(new[]
            {
                Wrap(string.Empty, PrintOptional(n.Description), "\n"),
                "directive @",
                n.Name.Value,
                PrintArgumentDefinitions(n.Arguments),
                n.Repeatable ? " repeatable" : string.Empty,
                " on ",
                Join(n.Locations.Select(Print), " | "),
            }),
            SchemaExtension n => Join(new[]
            {
                "extend schema", PrintDirectives(n.Directives), Block(n.OperationTypes.Select(Print)),
            }, " "),
            ScalarTypeExtension n => Join(new[] { "extend scalar", n.Name.Value, PrintDirectives(n.Directives) }, " "),
            ObjectTypeExtension n => Join(new[]
            {
                "extend type",
                n.Name.Value,
                Wrap("implements ", Join(n.Interfaces.Select(Print), " & ")),
                PrintDirectives(n.Directives),
                Block(n.Fields.Select(Print)),
            }, " "),
            InterfaceTypeExtension n => Join(new[]
            {
                "extend interface",
                n.Name.Value,
                Wrap("implements ", Join(n.Interfaces.Select(Print), " & ")),
                PrintDirectives(n.Directives),
                Block(n.Fields.Select(Print)),
            }, " "),
            UnionTypeExtension n => Join(new[]
            {
                "extend union", n.Name.Value, PrintDirectives(n.Directives), Wrap("= ", Join(n.Types.Select(Print), " | ")),
            }, " "),
            EnumTypeExtension n => Join(new[]
            {
                "extend enum", n.Name.Value, PrintDirectives(n.Directives), Block(n.Values.Select(Print)),
            }, " "),
            InputObjectTypeExtension n => Join(new[]
            {
                "extend input", n.Name.Value, PrintDirectives(n.Directives), Block(n.Fields.Select(Print)),
            }, " "),
            _ => throw new ArgumentException($"Cannot print node of kind {node.Kind}.", nameof(node)),
        };
    }

    /// <summary>Prints a string as a quoted GraphQL string literal, escaping as graphql-js does.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The keyword of an operation type: <c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string PrintOperation(OperationDefinition n)
    {
        var variableDefinitions = n.VariableDefinitions.Select(Print).ToList();
        var variables = HasMultilineItems(variableDefinitions)
            ? Wrap("(\n", Join(variableDefinitions, "\n"), "\n)")
            : Wrap("(", Join(variableDefinitions, ", "), ")");
        var operation = OperationName(n.Operation);
        var prefix = Join(new[]
        {
            Wrap(string.Empty, PrintOptional(n.Description), "\n"),
            Join(new[] { operation, Join(new[] { n.Name?.Value ?? string.Empty, variables }), PrintDirectives(n.Directives) }, " "),
        });

        // An anonymous query without variables, directives or description prints as a bare selection set.
        var bare = n.Operation == OperationType.Query && prefix.Length == operation.Length;
        return Join(new[] { bare ? string.Empty : prefix + " ", Print(n.SelectionSet) });
    }

    private static string PrintField(Field n)
    {
        var prefix = Wrap(string.Empty, n.Alias?.Value, ": ") + n.Name.Value;
        var head = prefix;
        if (n.Arguments.Count > 0)
        {
            var arguments = n.Arguments.Select(Print).ToList();
            head = prefix.Length + JoinedLength(arguments, ", ") + 2 > MaxLineLength
                ? prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
                : prefix + Wrap("(", Join(arguments, ", "), ")");
        }

        return Join(new[]
        {
            head,
            Wrap(" ", PrintDirectives(n.Directives)),
            Wrap(" ", n.SelectionSet is null ? null : Print(n.SelectionSet)),
        });
    }

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinition> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string WithDescription(StringValue? description, string rest) =>
        Join(new[] { Wrap(string.Empty, PrintOptional(description), "\n"), rest });

    private static string PrintDirectives(IReadOnlyList<Directive> directives) =>
        directives.Count == 0 ? string.Empty : Join(directives.Select(Print), " ");

    private static string? PrintOptional(Node? node) => node is null ? null : Print(node);

    private static string Join(IEnumerable<string?> items, string separator = "")
    {
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            if (string.IsNullOrEmpty(item))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(item);
        }

        return builder.ToString();
    }

    private static int JoinedLength(IEnumerable<string> items, string separator)
    {
        var length = 0;
        foreach (var item in items)
        {
            if (item.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + item.Length;
            }
        }

        return length;
    }

    private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    private static string Wrap(string start, string? inner, string end = "") =>
        string.IsNullOrEmpty(inner) ? string.Empty : start + inner + end;

    private static string Indent(string text) =>
        text.Length == 0 ? text : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static bool HasMultilineItems(IEnumerable<string> items) => items.Any(i => i.Contains('\n'));
}
