using System.Runtime.CompilerServices;

namespace Graph.GraphQL.Validation;

/// <summary>
/// Guards the recursive parts of validation (walking nested nodes, following chains of fragments). A document that
/// would recurse deeper than the thread's stack allows ends the run with "Validation aborted." instead of crashing
/// the process.
/// </summary>
internal static class StackGuard
{
    public static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationAbortedException(workBudgetExhausted: true);
        }
    }
}
