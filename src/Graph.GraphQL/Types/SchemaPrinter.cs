using System.Text;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js's <c>printSchema</c> does: the schema definition only when the root
/// types are not named Query/Mutation/Subscription (or there is a description), then the non-specified directives,
/// then every type except the specified scalars and the introspection types, in schema order.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>Prints the user-defined part of the schema.</summary>
    public static string Print(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(
            schema,
            d => !d.IsSpecified,
            t => !(t is GraphQLScalarType { IsSpecifiedScalar: true }) && !t.IsIntrospectionType);
    }

    /// <summary>Prints the specified directives and the introspection types.</summary>
    public static string PrintIntrospectionSchema(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, d => d.IsSpecified, t => t.IsIntrospectionType);
    }

    private static string PrintFiltered(GraphQLSchema schema, Func<GraphQLDirective, bool> directiveFilter, Func<GraphQLNamedType, bool> typeFilter)
    {
        var parts = new List<string?> { PrintSchemaDefinition(schema) };
        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.Types.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        if (schema.Description is null && HasCommonRootNames(schema))
        {
            return null;
        }

        var operationTypes = new List<string>();
        if (schema.QueryType is { } query)
        {
            operationTypes.Add($"  query: {query.Name}");
        }

        if (schema.MutationType is { } mutation)
        {
            operationTypes.Add($"  mutation: {mutation.Name}");
        }

        if (schema.SubscriptionType is { } subscription)
        {
            operationTypes.Add($"  subscription: {subscription.Name}");
        }

        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    private static bool HasCommonRootNames(GraphQLSchema schema) =>
        (schema.QueryType is null || schema.QueryType.Name == "Query") &&
        (schema.MutationType is null || schema.MutationType.Name == "Mutation") &&
        (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");

    /// <summary>Prints one named type as SDL.</summary>
    public static string PrintType(GraphQLNamedType type) => type switch
    {
        GraphQLScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedBy(scalar),
        GraphQLObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintInterfaces(obj) + PrintFields(obj),
        GraphQLInterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintInterfaces(iface) + PrintFields(iface),
        GraphQLUnionType union => PrintDescription(union.Description) + "union " + union.Name +
            (union.DeclaredTypes.Count > 0 ? " = " + string.Join(" | ", union.DeclaredTypes.Select(t => t.Name)) : string.Empty),
        GraphQLEnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintBlock(
            enumType.Values.Select((v, i) => PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
        GraphQLInputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) +
            PrintBlock(input.Fields.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
        _ => throw new ArgumentException($"Unexpected type {type.Name}.", nameof(type)),
    };

    private static string PrintInterfaces(GraphQLComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string PrintFields(GraphQLComplexType type) => PrintBlock(type.Fields.Select((f, i) =>
        PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArguments(f.Arguments, "  ") + ": " + f.Type +
        PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string PrintArguments(IReadOnlyList<GraphQLArgument> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        var builder = new StringBuilder("(\n");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(PrintDescription(arguments[i].Description, "  " + indentation, i == 0))
                .Append("  ").Append(indentation).Append(PrintInputValue(arguments[i]));
        }

        return builder.Append('\n').Append(indentation).Append(')').ToString();
    }

    private static string PrintInputValue(GraphQLInputValue value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstValues.AstFromValue(value.DefaultValue, value.Type) is { } literal)
        {
            text += " = " + Printer.Print(literal);
        }

        return text + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDirective(GraphQLDirective directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments) +
        (directive.IsRepeatable ? " repeatable" : string.Empty) + " on " +
        string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null)
        {
            return string.Empty;
        }

        return reason == GraphQLDirective.DefaultDeprecationReason
            ? " @deprecated"
            : " @deprecated(reason: " + Printer.PrintString(reason) + ")";
    }

    private static string PrintSpecifiedBy(GraphQLScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + Printer.PrintString(scalar.SpecifiedByUrl) + ")";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = Printer.Print(new StringValue { Value = description, Block = BlockString.IsPrintableAsBlockString(description) });
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
