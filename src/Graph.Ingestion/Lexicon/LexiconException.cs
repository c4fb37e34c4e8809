namespace Graph.Ingestion.Lexicon;

/// <summary>The lexicon file cannot be read or holds an invalid entry; the message names the entry.</summary>
public sealed class LexiconException(string message, Exception? inner = null) : Exception(message, inner);
