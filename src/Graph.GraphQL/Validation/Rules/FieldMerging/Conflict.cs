using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL.Validation.Rules.FieldMerging;

/// <summary>
/// Two groups of fields that share <paramref name="ResponseName"/> but cannot be merged, with the reason. The groups
/// start with the two conflicting fields and continue with the nested fields that caused the conflict.
/// </summary>
internal sealed record Conflict(string ResponseName, string Reason, List<Field> Fields1, List<Field> Fields2);
