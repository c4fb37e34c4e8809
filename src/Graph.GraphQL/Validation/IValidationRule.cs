namespace Graph.GraphQL.Validation;

/// <summary>
/// A validation rule. A rule object holds no state of its own: for each validation run it creates a fresh
/// <see cref="ValidationVisitor"/> bound to that run's <see cref="ValidationContext"/>, and the validator walks the
/// document once, calling every rule's visitor on the nodes it asked for.
/// </summary>
public interface IValidationRule
{
    /// <summary>Creates the visitor that checks one document on behalf of this rule.</summary>
    ValidationVisitor CreateVisitor(ValidationContext context);
}
