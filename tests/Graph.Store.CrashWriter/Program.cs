using Graph.Store.CrashWriter;
using Graph.Store.Sqlite;

// Usage: Graph.Store.CrashWriter <data directory> [count]
// Applies documents 0..count-1 one by one and prints "ACK <docId> <hash>" after each write returns.
if (args.Length is < 1 or > 2 || (args.Length == 2 && !int.TryParse(args[1], out _)))
{
    Console.Error.WriteLine("usage: Graph.Store.CrashWriter <data directory> [count]");
    return 2;
}
var count = args.Length == 2 ? int.Parse(args[1]) : 1000;
await using var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = args[0] });
await store.InitializeAsync();
var stdout = Console.Out;
for (var i = 0; i < count; i++)
{
    var facts = CrashDocuments.Generate(i);
    await store.ApplyDocumentAsync(facts);
    await stdout.WriteLineAsync($"ACK {facts.Document.Id} {facts.Document.ContentHash}");
    await stdout.FlushAsync();
}
return 0;
