using System.Text.Json.Serialization;

namespace Graph.Store.Sqlite.Data;

/// <summary>Source-generated JSON for list parameters.</summary>
[JsonSerializable(typeof(IEnumerable<string>))]
[JsonSerializable(typeof(IEnumerable<int>))]
internal sealed partial class SqlJson : JsonSerializerContext;
