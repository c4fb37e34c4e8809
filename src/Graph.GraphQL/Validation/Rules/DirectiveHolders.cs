using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules;

/// <summary>The node kinds that can carry directives (all implement <see cref="IHasDirectives"/>).</summary>
internal static class DirectiveHolders
{
    public static KindSet Kinds { get; } = KindSet.Of(
        Kind.OperationDefinition,
        Kind.VariableDefinition,
        Kind.Field,
        Kind.FragmentSpread,
        Kind.InlineFragment,
        Kind.FragmentDefinition,
        Kind.SchemaDefinition,
        Kind.SchemaExtension,
        Kind.ScalarTypeDefinition,
        Kind.ObjectTypeDefinition,
        Kind.FieldDefinition,
        Kind.InputValueDefinition,
        Kind.InterfaceTypeDefinition,
        Kind.UnionTypeDefinition,
        Kind.EnumTypeDefinition,
        Kind.EnumValueDefinition,
        Kind.InputObjectTypeDefinition,
        Kind.ScalarTypeExtension,
        Kind.ObjectTypeExtension,
        Kind.InterfaceTypeExtension,
        Kind.UnionTypeExtension,
        Kind.EnumTypeExtension,
        Kind.InputObjectTypeExtension);
}
