using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation;

/// <summary>
/// One place where a variable is used in an operation or fragment, with what the schema expects there.
/// </summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type expected at that position, or null when unknown.</param>
/// <param name="HasDefaultValue">True when the argument or input field at that position has a default value.</param>
/// <param name="ParentType">The input type enclosing the position (a list or input object type), or null.</param>
public sealed record VariableUsage(Variable Node, GraphQLType? Type, bool HasDefaultValue, GraphQLType? ParentType);
