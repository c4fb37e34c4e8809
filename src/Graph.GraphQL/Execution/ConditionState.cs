namespace Graph.GraphQL.Execution;

/// <summary>The value a variable used in <c>@skip(if:)</c>/<c>@include(if:)</c> has in one execution.</summary>
internal enum ConditionState : byte
{
    /// <summary>The variable is <c>false</c>.</summary>
    False = 0,

    /// <summary>The variable is <c>true</c>.</summary>
    True = 1,

    /// <summary>The variable is null (an error where a condition needs it).</summary>
    Null = 2,

    /// <summary>The variable has no value (an error where a condition needs it).</summary>
    Missing = 3,
}
