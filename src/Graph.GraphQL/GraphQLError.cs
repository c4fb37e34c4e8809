using System.Text.Json;
using Graph.GraphQL.Language;
using Graph.GraphQL.Language.Ast;

namespace Graph.GraphQL;

/// <summary>
/// An error as the GraphQL spec's response section describes it: a message, the source locations it relates to,
/// the response path of the field that failed, and optional extensions. Locations come from the given AST nodes,
/// or from a source and character positions (for syntax errors).
/// It is an <see cref="Exception"/> so that it can be thrown, but it is just as often collected into a result.
/// </summary>
public class GraphQLError : Exception
{
    private IReadOnlyList<SourceLocation>? _locations;
    private bool _locationsComputed;

    /// <summary>Creates an error.</summary>
    /// <param name="message">The message shown to clients.</param>
    /// <param name="nodes">AST nodes the error relates to; their start positions become <see cref="Locations"/>.</param>
    /// <param name="source">The source for <paramref name="positions"/>; defaults to the first node's source.</param>
    /// <param name="positions">Character offsets into <paramref name="source"/>; take precedence over node positions.</param>
    /// <param name="path">Response path (field names as strings, list indices as ints).</param>
    /// <param name="originalError">The exception that caused this error, if any.</param>
    /// <param name="extensions">Additional entries for the <c>extensions</c> member.</param>
    public GraphQLError(
        string message,
        IReadOnlyList<Node>? nodes = null,
        Source? source = null,
        IReadOnlyList<int>? positions = null,
        IReadOnlyList<object>? path = null,
        Exception? originalError = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message, originalError)
    {
        Nodes = nodes is { Count: > 0 } ? nodes : null;
        DocumentSource = source;
        Positions = positions;
        Path = path;
        Extensions = extensions;
    }

    /// <summary>Creates an error about a single node.</summary>
    public GraphQLError(string message, Node node, Exception? originalError = null)
        : this(message, new[] { node }, originalError: originalError)
    {
    }

    /// <summary>The AST nodes the error relates to, or null.</summary>
    public IReadOnlyList<Node>? Nodes { get; }

    /// <summary>The source given explicitly for <see cref="Positions"/>, or null.</summary>
    public Source? DocumentSource { get; }

    /// <summary>Character offsets given explicitly, or null.</summary>
    public IReadOnlyList<int>? Positions { get; }

    /// <summary>The response path of the failing field, or null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra data for the <c>extensions</c> member, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception that caused this error, if any.</summary>
    public Exception? OriginalError => InnerException;

    /// <summary>The 1-based line/column locations of the error, or null when it has none.</summary>
    public IReadOnlyList<SourceLocation>? Locations
    {
        get
        {
            if (!_locationsComputed)
            {
                _locations = ComputeLocations();
                _locationsComputed = true;
            }

            return _locations;
        }
    }

    private IReadOnlyList<SourceLocation>? ComputeLocations()
    {
        var source = DocumentSource;
        if (Positions is { Count: > 0 } positions)
        {
            source ??= FirstNodeSource();
            if (source is null)
            {
                return null;
            }

            var fromPositions = new SourceLocation[positions.Count];
            for (var i = 0; i < positions.Count; i++)
            {
                fromPositions[i] = source.GetLocation(positions[i]);
            }

            return fromPositions;
        }

        if (Nodes is null)
        {
            return null;
        }

        var result = new List<SourceLocation>(Nodes.Count);
        foreach (var node in Nodes)
        {
            if (node.Location.Source is { } nodeSource)
            {
                result.Add(nodeSource.GetLocation(node.Location.Start));
            }
        }

        return result.Count == 0 ? null : result;
    }

    private Source? FirstNodeSource()
    {
        if (Nodes is null)
        {
            return null;
        }

        foreach (var node in Nodes)
        {
            if (node.Location.Source is { } s)
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>
    /// Writes the error in the response format: <c>{"message", "locations"?, "path"?, "extensions"?}</c>.
    /// Extension values may be null, strings, booleans, numbers, <see cref="JsonElement"/>, dictionaries with string
    /// keys, or sequences of these; other values are written through <see cref="JsonSerializer"/>.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        if (Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonValueWriter.Write(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (Locations is not { Count: > 0 } locations)
        {
            return Message;
        }

        return $"{Message} ({string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"))})";
    }
}
