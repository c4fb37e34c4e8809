using Graph.GraphQL.Validation.Rules;

namespace Graph.GraphQL.Validation;

/// <summary>The rules the validator runs by default, in graphql-js 16's order (which is also the order errors come in).</summary>
public static class SpecifiedRules
{
    /// <summary>
    /// The spec's validation rules plus <see cref="MaxIntrospectionDepthRule"/>, which graphql-js 16 also runs by default
    /// to stop deeply nested introspection queries.
    /// </summary>
    public static IReadOnlyList<IValidationRule> All { get; } = new IValidationRule[]
    {
        new ExecutableDefinitionsRule(),
        new UniqueOperationNamesRule(),
        new LoneAnonymousOperationRule(),
        new SingleFieldSubscriptionsRule(),
        new KnownTypeNamesRule(),
        new FragmentsOnCompositeTypesRule(),
        new VariablesAreInputTypesRule(),
        new ScalarLeafsRule(),
        new FieldsOnCorrectTypeRule(),
        new UniqueFragmentNamesRule(),
        new KnownFragmentNamesRule(),
        new NoUnusedFragmentsRule(),
        new PossibleFragmentSpreadsRule(),
        new NoFragmentCyclesRule(),
        new UniqueVariableNamesRule(),
        new NoUndefinedVariablesRule(),
        new NoUnusedVariablesRule(),
        new KnownDirectivesRule(),
        new UniqueDirectivesPerLocationRule(),
        new KnownArgumentNamesRule(),
        new UniqueArgumentNamesRule(),
        new ValuesOfCorrectTypeRule(),
        new ProvidedRequiredArgumentsRule(),
        new VariablesInAllowedPositionRule(),
        new OverlappingFieldsCanBeMergedRule(),
        new UniqueInputFieldNamesRule(),
        new MaxIntrospectionDepthRule(),
    };
}
