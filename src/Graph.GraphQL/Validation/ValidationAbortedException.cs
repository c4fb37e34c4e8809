namespace Graph.GraphQL.Validation;

/// <summary>
/// Thrown inside a validation run to stop it: either the error limit was reached (the limit error has already been
/// recorded) or the document needed more fragment or field-merging work, or deeper recursion, than the validator
/// allows (the validator then records graphql-js's "Validation aborted." error). Never escapes <see cref="Validator.Validate"/>.
/// </summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException(bool workBudgetExhausted)
        : base(workBudgetExhausted ? Validator.AbortedMessage : Validator.TooManyErrorsMessage)
    {
        WorkBudgetExhausted = workBudgetExhausted;
    }

    /// <summary>True when a work budget (or the stack) ran out; false when the error limit was reached.</summary>
    public bool WorkBudgetExhausted { get; }
}
