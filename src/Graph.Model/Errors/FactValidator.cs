namespace Graph.Model;

/// <summary>
/// Checks a write's input before any store touches its data, so that both stores reject the same input with the
/// same <see cref="InvalidFactException"/>. References to nodes outside the unit are checked by the store itself.
/// </summary>
public static class FactValidator
{
    public static void Validate(DocumentFacts facts)
    {
        var p = new List<FactProblem>();
        var doc = facts.Document;
        CheckNodeId(p, "document.id", doc.Id, NodeKind.Document);
        if (string.IsNullOrEmpty(doc.ContentHash) || doc.ContentHash.Length > 128) p.Add(new("document.contentHash", "must be 1 to 128 characters"));
        CheckName(p, "document.title", doc.Title);
        if (facts.Text is null) p.Add(new("text", "is required"));
        else if (facts.Text.Length > FactLimits.MaxDocumentChars) p.Add(new("text", $"is longer than {FactLimits.MaxDocumentChars} characters"));
        var count = facts.Entities.Count + facts.Events.Count + facts.Relations.Count;
        if (count > FactLimits.MaxFactsPerDocument) p.Add(new("facts", $"more than {FactLimits.MaxFactsPerDocument} facts in one document"));
        var textLength = facts.Text?.Length ?? 0;

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Entities.Count; i++)
        {
            var e = facts.Entities[i];
            var path = $"entities[{i}]";
            if (e is null) { p.Add(new(path, "is null")); continue; }
            if (!Enum.IsDefined(e.Kind) || !e.Kind.IsEntity()) p.Add(new(path + ".kind", $"'{e.Kind}' is not an entity kind"));
            else CheckNodeId(p, path + ".id", e.Id, e.Kind);
            if (!ids.Add(e.Id ?? "")) p.Add(new(path + ".id", $"'{e.Id}' appears twice"));
            CheckName(p, path + ".name", e.Name);
            CheckAliases(p, path + ".aliases", e.Aliases);
            if (e.Subtype is { Length: > FactLimits.MaxRoleLength }) p.Add(new(path + ".subtype", "is too long"));
            CheckConfidence(p, path + ".confidence", e.Confidence);
            CheckEvidence(p, path + ".evidence", e.Evidence, doc.Id, textLength);
        }
        for (var i = 0; i < facts.Events.Count; i++)
        {
            var e = facts.Events[i];
            var path = $"events[{i}]";
            if (e is null) { p.Add(new(path, "is null")); continue; }
            if (!Enum.IsDefined(e.Type)) p.Add(new(path + ".type", $"'{e.Type}' is not an event type"));
            CheckNodeId(p, path + ".id", e.Id, NodeKind.Event);
            if (!ids.Add(e.Id ?? "")) p.Add(new(path + ".id", $"'{e.Id}' appears twice"));
            CheckName(p, path + ".name", e.Name);
            CheckTime(p, path + ".time", e.Time);
            if (e.Quantities is null) p.Add(new(path + ".quantities", "is required (may be empty)"));
            else
            {
                for (var q = 0; q < e.Quantities.Count; q++)
                {
                    var quantity = e.Quantities[q];
                    if (quantity is null || !double.IsFinite(quantity.Value) || string.IsNullOrWhiteSpace(quantity.Counted))
                        p.Add(new($"{path}.quantities[{q}]", "needs a finite value and what it counts"));
                }
            }
            CheckConfidence(p, path + ".confidence", e.Confidence);
            CheckEvidence(p, path + ".evidence", e.Evidence, doc.Id, textLength);
        }
        for (var i = 0; i < facts.Relations.Count; i++)
        {
            var r = facts.Relations[i];
            var path = $"relations[{i}]";
            if (r is null) { p.Add(new(path, "is null")); continue; }
            CheckRelation(p, path, r.Type, r.From, r.To, r.Role);
            CheckTime(p, path + ".time", r.Time);
            CheckConfidence(p, path + ".confidence", r.Confidence);
            CheckEvidence(p, path + ".evidence", r.Evidence, doc.Id, textLength);
        }
        Throw(p);
    }

    /// <summary>Checks the type and endpoint kinds of a relation (kinds read from the ids' prefixes).</summary>
    public static void CheckRelation(List<FactProblem> p, string path, RelationType type, string from, string to, string? role)
    {
        if (!Enum.IsDefined(type)) { p.Add(new(path + ".type", $"'{type}' is not a relation type")); return; }
        if (!FactIds.TryGetKind(from ?? "", out var fromKind)) { p.Add(new(path + ".from", $"'{from}' is not a node id")); return; }
        if (!FactIds.TryGetKind(to ?? "", out var toKind)) { p.Add(new(path + ".to", $"'{to}' is not a node id")); return; }
        if (from == to) p.Add(new(path, "a relation cannot link a node to itself"));
        if (role is { Length: > FactLimits.MaxRoleLength }) p.Add(new(path + ".role", "is too long"));
        var ok = type.IsEventRole()
            ? fromKind == NodeKind.Event && toKind.IsEntity() && (type != RelationType.Location || toKind == NodeKind.Place || toKind == NodeKind.State)
            : fromKind.IsEntity() && toKind.IsEntity() && type switch
            {
                RelationType.HoldsOffice => fromKind == NodeKind.Person && !string.IsNullOrWhiteSpace(role),
                RelationType.LocatedIn => toKind is NodeKind.Place or NodeKind.State,
                _ => true,
            };
        if (!ok) p.Add(new(path, $"{type.CypherName()} cannot link {fromKind} to {toKind}" + (type == RelationType.HoldsOffice ? " (and needs the title as role)" : "")));
    }

    public static void CheckNodeId(List<FactProblem> p, string path, string? id, NodeKind kind)
    {
        if (string.IsNullOrEmpty(id)) { p.Add(new(path, "is required")); return; }
        if (id.Length > FactIds.MaxIdLength) { p.Add(new(path, $"is longer than {FactIds.MaxIdLength} characters")); return; }
        if (!FactIds.TryGetKind(id, out var k) || k != kind) { p.Add(new(path, $"'{id}' is not a {kind} id (expected '{kind.IdPrefix()}:…')")); return; }
        foreach (var c in id.AsSpan(id.IndexOf(':') + 1))
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'))
            {
                p.Add(new(path, $"'{id}' may hold only a-z, 0-9, '-', '_' and '.' after the prefix"));
                return;
            }
        }
    }

    public static void CheckName(List<FactProblem> p, string path, string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) p.Add(new(path, "must not be empty"));
        else if (name.Length > FactLimits.MaxNameLength) p.Add(new(path, $"is longer than {FactLimits.MaxNameLength} characters"));
        else if (name.Any(char.IsControl)) p.Add(new(path, "must not contain control characters"));
    }

    private static void CheckAliases(List<FactProblem> p, string path, IReadOnlyList<string>? aliases)
    {
        if (aliases is null) { p.Add(new(path, "is required (may be empty)")); return; }
        if (aliases.Count > FactLimits.MaxAliases) p.Add(new(path, $"more than {FactLimits.MaxAliases} aliases"));
        for (var i = 0; i < aliases.Count; i++) CheckName(p, $"{path}[{i}]", aliases[i]);
    }

    private static void CheckConfidence(List<FactProblem> p, string path, double c)
    {
        if (!double.IsFinite(c) || c < 0 || c > 1) p.Add(new(path, "must be between 0 and 1"));
    }

    private static void CheckTime(List<FactProblem> p, string path, TimeRange? t)
    {
        if (t is null) return;
        if (t.End < t.Start) p.Add(new(path, "ends before it starts"));
        if (!Enum.IsDefined(t.Precision)) p.Add(new(path + ".precision", "is not a precision"));
    }

    private static void CheckEvidence(List<FactProblem> p, string path, IReadOnlyList<Evidence>? evidence, string documentId, int textLength)
    {
        if (evidence is null || evidence.Count == 0) { p.Add(new(path, "every fact needs at least one piece of evidence")); return; }
        for (var i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            var ep = $"{path}[{i}]";
            if (e is null) { p.Add(new(ep, "is null")); continue; }
            if (e.DocumentId != documentId) p.Add(new(ep + ".documentId", $"must be the applied document '{documentId}'"));
            if (e.Start < 0 || e.End < e.Start || e.End > textLength) p.Add(new(ep, $"span {e.Start}..{e.End} is outside the text (length {textLength})"));
            if (e.SentenceIndex < 0) p.Add(new(ep + ".sentenceIndex", "must not be negative"));
            if (string.IsNullOrEmpty(e.Sentence) || e.Sentence.Length > FactLimits.MaxSentenceLength) p.Add(new(ep + ".sentence", $"must be 1 to {FactLimits.MaxSentenceLength} characters"));
            if (string.IsNullOrWhiteSpace(e.Rule) || e.Rule.Length > FactLimits.MaxRuleLength) p.Add(new(ep + ".rule", $"must be 1 to {FactLimits.MaxRuleLength} characters"));
            CheckConfidence(p, ep + ".confidence", e.Confidence);
        }
    }

    public static void ValidateCuration(Curation curation)
    {
        var p = new List<FactProblem>();
        if (curation is null) { p.Add(new("curation", "is required")); Throw(p); return; }
        CheckName(p, "curation.actor", curation.Actor);
        if (string.IsNullOrWhiteSpace(curation.Reason)) p.Add(new("curation.reason", "must not be empty"));
        else if (curation.Reason.Length > FactLimits.MaxReasonLength) p.Add(new("curation.reason", $"is longer than {FactLimits.MaxReasonLength} characters"));
        Throw(p);
    }

    public static void Throw(List<FactProblem> problems)
    {
        if (problems.Count > 0) throw new InvalidFactException(problems);
    }
}
