using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;
using Graph.GraphQL.Types;

namespace Graph.GraphQL.Execution;

/// <summary>
/// A request document after parsing and validation, as the document cache keeps it: the syntax or validation errors,
/// or the document with its fragments and, built on first use, the execution plans of its operations.
/// </summary>
internal sealed class PreparedDocument
{
    private static readonly IReadOnlyDictionary<string, FragmentDefinition> NoFragments = new Dictionary<string, FragmentDefinition>();

    private readonly object _gate = new();
    private OperationPlan[] _operations = Array.Empty<OperationPlan>();
    private readonly GraphQLSchema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinition> _fragments;
    private readonly IReadOnlyList<string> _conditionVariables;

    private PreparedDocument(GraphQLSchema schema, string text, Document? document, ExecutionStatus status, IReadOnlyList<GraphQLError> errors)
    {
        _schema = schema;
        Text = text;
        Document = document;
        Status = status;
        Errors = errors;
        Dictionary<string, FragmentDefinition>? fragments = null;
        if (document is not null)
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is FragmentDefinition fragment)
                {
                    // graphql-js keeps the last definition of a name; validation rejects duplicates anyway.
                    (fragments ??= new Dictionary<string, FragmentDefinition>(StringComparer.Ordinal))[fragment.Name.Value] = fragment;
                }
            }
        }

        _fragments = fragments ?? NoFragments;
        _conditionVariables = document is null ? Array.Empty<string>() : Conditions.FindConditionVariables(document);
    }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The parsed document; null after a syntax error.</summary>
    public Document? Document { get; }

    /// <summary><see cref="ExecutionStatus.Executed"/> for an executable document, otherwise why it is not.</summary>
    public ExecutionStatus Status { get; }

    /// <summary>The syntax or validation errors; empty for an executable document.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Parses and validates <paramref name="text"/>.</summary>
    public static PreparedDocument Prepare(GraphQLSchema schema, string text, EngineOptions options)
    {
        Document document;
        try
        {
            document = Parser.Parse(new Source(text), options.ParserOptions);
        }
        catch (GraphQLSyntaxError error)
        {
            return new PreparedDocument(schema, text, null, ExecutionStatus.SyntaxError, new GraphQLError[] { error });
        }

        var errors = Validation.Validator.Validate(schema, document, null, options.MaxValidationErrors);
        return errors.Count > 0
            ? new PreparedDocument(schema, text, document, ExecutionStatus.ValidationFailed, errors)
            : FromValidDocument(schema, text, document);
    }

    /// <summary>Wraps a document that is already known to be valid (no validation is run).</summary>
    public static PreparedDocument FromValidDocument(GraphQLSchema schema, string text, Document document) =>
        new(schema, text, document, ExecutionStatus.Executed, Array.Empty<GraphQLError>());

    /// <summary>The plan holder of one of the document's operations (created on first use).</summary>
    public OperationPlan GetOperationPlan(OperationDefinition operation)
    {
        foreach (var known in Volatile.Read(ref _operations))
        {
            if (ReferenceEquals(known.Operation, operation))
            {
                return known;
            }
        }

        lock (_gate)
        {
            foreach (var known in _operations)
            {
                if (ReferenceEquals(known.Operation, operation))
                {
                    return known;
                }
            }

            var plan = new OperationPlan(_schema, operation, _fragments, _conditionVariables);
            Volatile.Write(ref _operations, [.. _operations, plan]);
            return plan;
        }
    }
}
