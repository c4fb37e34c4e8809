using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5): one walk of the document runs every rule
/// side by side and collects their errors in the order graphql-js 16 reports them.
/// </summary>
public static class Validator
{
    /// <summary>The message of the error added when the error limit is reached.</summary>
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>The message of the error added when a document needs more validation work than allowed.</summary>
    public const string AbortedMessage = "Validation aborted.";

    /// <summary>The default error limit.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>
    /// Validates <paramref name="document"/>. Returns no errors for a valid document. After <paramref name="maxErrors"/>
    /// errors, reporting one more ends the run and appends "Too many validation errors, error limit reached.
    /// Validation aborted.".
    /// </summary>
    /// <param name="schema">The schema.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="rules">The rules to run; <see cref="SpecifiedRules.All"/> when null.</param>
    /// <param name="maxErrors">How many errors to collect before giving up.</param>
    /// <param name="hideSuggestions">Leave "Did you mean" suggestions out of messages.</param>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        Document document,
        IReadOnlyList<IValidationRule>? rules = null,
        int maxErrors = DefaultMaxErrors,
        bool hideSuggestions = false)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        if (maxErrors < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxErrors), maxErrors, "The error limit cannot be negative.");
        }

        rules ??= SpecifiedRules.All;
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(
            schema,
            document,
            typeInfo,
            error =>
            {
                if (errors.Count >= maxErrors)
                {
                    errors.Add(new GraphQLError(TooManyErrorsMessage));
                    throw new ValidationAbortedException(workBudgetExhausted: false);
                }

                errors.Add(error);
            },
            hideSuggestions);

        try
        {
            var visitors = new ValidationVisitor[rules.Count];
            for (var i = 0; i < visitors.Length; i++)
            {
                var rule = rules[i] ?? throw new ArgumentException("The rule list contains null.", nameof(rules));
                visitors[i] = rule.CreateVisitor(context);
            }

            var walker = new ValidationWalker(typeInfo, visitors);
            context.AttachAncestors(() => walker.Ancestors);
            walker.Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            if (aborted.WorkBudgetExhausted)
            {
                errors.Add(new GraphQLError(AbortedMessage));
            }
        }

        return errors;
    }
}
