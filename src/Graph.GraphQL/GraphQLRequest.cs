using System.Text.Json;

namespace Graph.GraphQL;

/// <summary>One GraphQL request as the engine receives it.</summary>
/// <param name="Query">The document text.</param>
/// <param name="OperationName">Which operation of the document to run; needed when it holds several.</param>
/// <param name="Variables">The variable values: a JSON object, or null/undefined for none.</param>
/// <param name="RootValue">The parent value of the root fields (the default resolver reads fields from it).</param>
/// <param name="Context">An application value handed to every resolver as <see cref="Execution.ResolveContext.Context"/>.</param>
/// <param name="Services">Services handed to every resolver as <see cref="Execution.ResolveContext.Services"/>.</param>
public sealed record GraphQLRequest(
    string Query,
    string? OperationName = null,
    JsonElement? Variables = null,
    object? RootValue = null,
    object? Context = null,
    IServiceProvider? Services = null)
{
    /// <summary>
    /// Which kinds of operation this request may run. The default allows everything; an HTTP GET request must not
    /// run a mutation (GraphQL over HTTP), which it expresses by allowing only <see cref="OperationKinds.Query"/>.
    /// A forbidden operation is answered with <see cref="ExecutionStatus.OperationNotAllowed"/>.
    /// </summary>
    public OperationKinds AllowedOperations { get; init; } = OperationKinds.All;
}
