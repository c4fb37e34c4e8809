using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.GraphQL.Execution;

namespace Graph.GraphQL;

/// <summary>
/// The response to one request, as the spec's response section shapes it: <c>errors</c> (when there are any) and
/// <c>data</c> (when execution started). The data is kept as a compact tree of already coerced values and written
/// straight to UTF-8 JSON by <see cref="WriteTo(Utf8JsonWriter)"/>; no object model of the response is ever built.
/// </summary>
public sealed class ExecutionResult
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
        MaxDepth = 4096,
    };

    private static readonly JsonWriterOptions IndentedWriterOptions = WriterOptions with { Indented = true };

    private readonly ResultObject? _data;

    internal ExecutionResult(ExecutionStatus status, IReadOnlyList<GraphQLError> errors, bool hasData, ResultObject? data)
    {
        Status = status;
        Errors = errors;
        HasData = hasData;
        _data = data;
    }

    /// <summary>How far the request got; <see cref="ExecutionStatus.Executed"/> whenever <see cref="HasData"/>.</summary>
    public ExecutionStatus Status { get; }

    /// <summary>The errors, in the order they occurred; empty when there were none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>
    /// True when the response has a <c>data</c> entry: the operation was executed. The entry is <c>null</c> when a
    /// null propagated to the root (see <see cref="IsDataNull"/>).
    /// </summary>
    public bool HasData { get; }

    /// <summary>True when the response has <c>"data": null</c>.</summary>
    public bool IsDataNull => HasData && _data is null;

    /// <summary>A response without data: the request failed before (or instead of) execution.</summary>
    public static ExecutionResult Failure(ExecutionStatus status, params GraphQLError[] errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (status == ExecutionStatus.Executed)
        {
            throw new ArgumentException("A failure cannot have the status Executed.", nameof(status));
        }

        return new ExecutionResult(status, errors, false, null);
    }

    internal static ExecutionResult Failure(ExecutionStatus status, IReadOnlyList<GraphQLError> errors) =>
        new(status, errors, false, null);

    /// <summary>Writes the response object: <c>{"errors": [...], "data": {...}}</c>, each member only when present.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in Errors)
            {
                error.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            if (_data is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                ResultWriter.WriteObject(writer, _data);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the response as UTF-8 JSON to <paramref name="output"/> (non-ASCII characters unescaped).</summary>
    public void WriteTo(IBufferWriter<byte> output, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, indented ? IndentedWriterOptions : WriterOptions);
        WriteTo(writer);
    }

    /// <summary>Writes the response as UTF-8 JSON to <paramref name="stream"/>.</summary>
    public void WriteTo(Stream stream, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, indented ? IndentedWriterOptions : WriterOptions);
        WriteTo(writer);
    }

    /// <summary>The response as a JSON string.</summary>
    public string ToJson(bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteTo(buffer, indented);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <inheritdoc />
    public override string ToString() => ToJson();
}
