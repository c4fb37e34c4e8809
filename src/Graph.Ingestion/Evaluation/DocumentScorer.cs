using System.Globalization;
using Graph.Model;

namespace Graph.Ingestion.Evaluation;

/// <summary>
/// Scores one gold document against the predicted facts that have evidence in it: entities first (their matching
/// resolves every later reference), then offices, events, event roles and structural relations. Quantities and
/// merges need every document's event matching and are scored afterwards by <see cref="Evaluator"/>.
/// </summary>
internal sealed class DocumentScorer
{
    private readonly SnapshotIndex _index;
    private readonly Dictionary<EvaluationCategory, CategoryScore> _scores = [];
    private readonly List<string> _mistakes = [];

    private readonly Func<string, string, bool> _keyAffinity;

    /// <param name="keyAffinity">
    /// Tie-breaker for event matching: true when other documents matched the predicted event (first argument) to
    /// a gold event with this key (second argument). Undated reports of one speaker's two statements are otherwise
    /// indistinguishable.
    /// </param>
    public DocumentScorer(GoldDocument gold, SnapshotIndex index, Func<string, string, bool>? keyAffinity = null)
    {
        Gold = gold;
        _index = index;
        _keyAffinity = keyAffinity ?? ((_, _) => false);
        DocumentId = index.FindDocument(gold)?.Id;
        View = index.ViewOf(DocumentId);
        Entities = ScoreEntities();
        ScoreOffices();
        ScoreEvents();
        EventMatches = ScoreEventRoles();
        ScoreRelations();
    }

    public GoldDocument Gold { get; }

    public string? DocumentId { get; }

    public PredictedDocument View { get; }

    public EntityAlignment Entities { get; }

    /// <summary>Gold event index → the predicted event it was matched to for roles, quantities and merging.</summary>
    public IReadOnlyDictionary<int, string> EventMatches { get; }

    public IReadOnlyDictionary<EvaluationCategory, CategoryScore> Scores => _scores;

    public IReadOnlyList<string> Mistakes => _mistakes;

    public void Add(EvaluationCategory category, CategoryScore score) =>
        _scores[category] = (_scores.TryGetValue(category, out var s) ? s : CategoryScore.Zero) + score;

    public void Mistake(string text) => _mistakes.Add(text);

    // ---- entities --------------------------------------------------------------------------------------------

    private EntityAlignment ScoreEntities()
    {
        var gold = Gold.Entities;
        var predicted = View.Entities;
        var pairs = GreedyMatcher.Match(gold.Count, predicted.Count, (g, p) =>
        {
            if (gold[g].Kind != predicted[p].Kind) return null;
            var shared = _index.KeysOf(predicted[p].Id).Count(gold[g].Keys.Contains);
            if (shared == 0) return null;
            return (NameKey.Normalize(gold[g].Name) == NameKey.Normalize(predicted[p].Name) ? 100 : 0) + shared;
        });
        var aligned = pairs.ToDictionary(x => gold[x.Gold].Name, x => predicted[x.Predicted].Id, StringComparer.Ordinal);
        foreach (var g in Unpaired(gold.Count, pairs.Select(x => x.Gold)))
            Mistake($"entities: missed {gold[g].Kind} '{gold[g].Name}'");
        foreach (var p in Unpaired(predicted.Count, pairs.Select(x => x.Predicted)))
            Mistake($"entities: spurious {predicted[p].Kind} '{predicted[p].Name}' ({predicted[p].Id})");
        Add(EvaluationCategory.Entities, Counts(pairs.Count, gold.Count, predicted.Count));
        return new EntityAlignment(Gold, _index, aligned);
    }

    // ---- offices ---------------------------------------------------------------------------------------------

    private void ScoreOffices()
    {
        var gold = Gold.Offices;
        var predicted = View.Offices;
        var pairs = GreedyMatcher.Match(gold.Count, predicted.Count, (g, p) => OfficeMatches(gold[g], predicted[p]) ? 1 : null);
        foreach (var g in Unpaired(gold.Count, pairs.Select(x => x.Gold)))
            Mistake($"offices: missed {gold[g].Person} — {(gold[g].Acting ? "acting " : "")}{gold[g].Title} of {gold[g].Of}");
        foreach (var p in Unpaired(predicted.Count, pairs.Select(x => x.Predicted)))
            Mistake($"offices: spurious {NameOf(predicted[p].From)} — {predicted[p].Role} of {NameOf(predicted[p].To)}");
        Add(EvaluationCategory.Offices, Counts(pairs.Count, gold.Count, predicted.Count));
    }

    private bool OfficeMatches(GoldOffice gold, Relation predicted)
    {
        if (!Entities.Refers(gold.Person, predicted.From) || !Entities.Refers(gold.Of, predicted.To)) return false;
        if (!TimeCompatibility.Lenient(gold.Time, predicted.Time)) return false;
        var ofNames = new HashSet<string>(Gold.Entity(gold.Of).Keys, StringComparer.Ordinal);
        ofNames.UnionWith(_index.KeysOf(predicted.To));
        var (title, acting) = OfficeTitles.Split(predicted.Role ?? "", ofNames);
        if (acting != gold.Acting) return false;
        return gold.TitleAliases.Prepend(gold.Title).Any(t => OfficeTitles.Split(t, ofNames).Title == title);
    }

    // ---- events ----------------------------------------------------------------------------------------------

    private void ScoreEvents()
    {
        var gold = Gold.Events;
        var predicted = View.Events;
        var pairs = GreedyMatcher.Match(gold.Count, predicted.Count, (g, p) =>
        {
            if (gold[g].Type != predicted[p].Type || !TimeCompatibility.Strict(gold[g].Time, predicted[p].Time)) return null;
            var overlap = Overlap(gold[g], predicted[p]);
            if (overlap is null) return null;
            return overlap.Value * 10 + (gold[g].Time is { } t && t == predicted[p].Time ? 1 : 0) + TieBreak(gold[g], predicted[p]);
        });
        foreach (var g in Unpaired(gold.Count, pairs.Select(x => x.Gold)))
            Mistake($"events: missed {Describe(gold[g])}");
        foreach (var p in Unpaired(predicted.Count, pairs.Select(x => x.Predicted)))
            Mistake($"events: spurious {Describe(predicted[p])}");
        Add(EvaluationCategory.Events, Counts(pairs.Count, gold.Count, predicted.Count));
    }

    private Dictionary<int, string> ScoreEventRoles()
    {
        var gold = Gold.Events;
        var predicted = View.Events;
        var pairs = GreedyMatcher.Match(gold.Count, predicted.Count, (g, p) =>
        {
            if (!EventTypeFamilies.SameFamily(gold[g].Type, predicted[p].Type)) return null;
            if (!TimeCompatibility.Lenient(gold[g].Time, predicted[p].Time)) return null;
            var overlap = Overlap(gold[g], predicted[p]);
            if (overlap is null) return null;
            var sameType = gold[g].Type == predicted[p].Type ? 2 : 0;
            var sameTime = gold[g].Time is { } t && predicted[p].Time is { } u && t.Overlaps(u) ? 1 : 0;
            return overlap.Value * 10 + sameType + sameTime + TieBreak(gold[g], predicted[p]);
        });
        var score = CategoryScore.Zero;
        foreach (var (g, p) in pairs)
        {
            var goldRoles = gold[g].Roles;
            var predictedRoles = RolesOf(predicted[p]);
            var rolePairs = GreedyMatcher.Match(goldRoles.Count, predictedRoles.Count,
                (i, j) => goldRoles[i].Role == predictedRoles[j].Type && Entities.Refers(goldRoles[i].Entity, predictedRoles[j].To) ? 1 : null);
            foreach (var i in Unpaired(goldRoles.Count, rolePairs.Select(x => x.Gold)))
                Mistake($"event-roles: missed {goldRoles[i].Role} → {goldRoles[i].Entity} in {Describe(gold[g])}");
            foreach (var j in Unpaired(predictedRoles.Count, rolePairs.Select(x => x.Predicted)))
                Mistake($"event-roles: spurious {predictedRoles[j].Type} → {NameOf(predictedRoles[j].To)} in {Describe(predicted[p])}");
            score += Counts(rolePairs.Count, goldRoles.Count, predictedRoles.Count);
        }
        foreach (var g in Unpaired(gold.Count, pairs.Select(x => x.Gold)))
        {
            foreach (var role in gold[g].Roles)
                Mistake($"event-roles: missed {role.Role} → {role.Entity} in unmatched {Describe(gold[g])}");
            score += new CategoryScore(0, 0, gold[g].Roles.Count);
        }
        foreach (var p in Unpaired(predicted.Count, pairs.Select(x => x.Predicted)))
        {
            var roles = RolesOf(predicted[p]);
            foreach (var role in roles)
                Mistake($"event-roles: spurious {role.Type} → {NameOf(role.To)} in unmatched {Describe(predicted[p])}");
            score += new CategoryScore(0, roles.Count, 0);
        }
        Add(EvaluationCategory.EventRoles, score);
        return pairs.ToDictionary(x => x.Gold, x => predicted[x.Predicted].Id);
    }

    /// <summary>
    /// How many roles and quantities a gold and a predicted event share. Null rules the pair out: when the two times
    /// are not both known and overlapping, only what they share can tie them (an undated "Statement" is nothing
    /// more than its speaker), so a gold event with roles or quantities needs at least one of them shared.
    /// </summary>
    private int? Overlap(GoldEvent gold, Event predicted)
    {
        var datedTogether = gold.Time is { } g && predicted.Time is { } p && g.Overlaps(p);
        var roles = RolesOf(predicted);
        var sharedRoles = GreedyMatcher.Match(gold.Roles.Count, roles.Count,
            (i, j) => gold.Roles[i].Role == roles[j].Type && Entities.Refers(gold.Roles[i].Entity, roles[j].To) ? 1 : null).Count;
        var sharedQuantities = GreedyMatcher.Match(gold.Quantities.Count, predicted.Quantities.Count,
            (i, j) => QuantityMatches(gold.Quantities[i], predicted.Quantities[j], Entities) ? 1 : null).Count;
        var shared = sharedRoles + sharedQuantities;
        return !datedTogether && gold.Roles.Count + gold.Quantities.Count > 0 && shared == 0 ? null : shared;
    }

    /// <summary>
    /// Below one point, so it only orders pairs that are otherwise equal: the prediction's evidence sentence in this
    /// document overlaps the gold quote (0.5), and other documents matched the prediction to this key (0.25).
    /// </summary>
    private double TieBreak(GoldEvent gold, Event predicted)
    {
        var quote = Flatten(gold.Quote);
        var cited = DocumentId is not null && _index.SentencesOf(predicted.Id, DocumentId)
            .Select(Flatten)
            .Any(s => s.Length > 0 && (s.Contains(quote, StringComparison.Ordinal) || quote.Contains(s, StringComparison.Ordinal)));
        return (cited ? 0.5 : 0) + (_keyAffinity(predicted.Id, gold.Key) ? 0.25 : 0);
    }

    private static string Flatten(string text) => NameKey.Normalize(text);

    /// <summary>The predicted roles of an event with evidence in this document, one per (type, entity).</summary>
    public IReadOnlyList<Relation> RolesOf(Event predicted) =>
        View.RolesByEvent[predicted.Id].DistinctBy(r => (r.Type, r.To)).ToArray();

    public static bool QuantityMatches(GoldQuantity gold, Quantity predicted, EntityAlignment entities) =>
        Math.Abs(gold.Value - predicted.Value) <= 1e-9 * Math.Max(1, Math.Abs(gold.Value))
        && gold.Approximate == predicted.Approximate
        && CountedWords.Agree(gold.Counted, predicted.Counted)
        && (gold.ClaimedBy is null || entities.Refers(gold.ClaimedBy, predicted.ClaimedBy));

    // ---- structural relations --------------------------------------------------------------------------------

    private void ScoreRelations()
    {
        var gold = Gold.Relations;
        var predicted = View.Structural;
        var pairs = GreedyMatcher.Match(gold.Count, predicted.Count, (g, p) =>
            StructuralRelations.SameFamily(gold[g].Type, predicted[p].Type)
            && Entities.Refers(gold[g].From, predicted[p].From)
            && Entities.Refers(gold[g].To, predicted[p].To)
                ? (gold[g].Type == predicted[p].Type ? 2 : 1)
                : null);
        foreach (var g in Unpaired(gold.Count, pairs.Select(x => x.Gold)))
            Mistake($"relations: missed {gold[g].Type} {gold[g].From} → {gold[g].To}");
        foreach (var p in Unpaired(predicted.Count, pairs.Select(x => x.Predicted)))
            Mistake($"relations: spurious {predicted[p].Type} {NameOf(predicted[p].From)} → {NameOf(predicted[p].To)}");
        Add(EvaluationCategory.Relations, Counts(pairs.Count, gold.Count, predicted.Count));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    public static CategoryScore Counts(int matched, int gold, int predicted) => new(matched, predicted - matched, gold - matched);

    public static IEnumerable<int> Unpaired(int count, IEnumerable<int> paired)
    {
        var taken = new HashSet<int>(paired);
        return Enumerable.Range(0, count).Where(i => !taken.Contains(i));
    }

    public string NameOf(string id) =>
        _index.Entities.TryGetValue(id, out var e) ? $"{e.Name} ({id})" : _index.Events.TryGetValue(id, out var ev) ? $"{ev.Name} ({id})" : id;

    public static string Describe(GoldEvent e) =>
        $"{e.Type} {e.Time?.ToString() ?? "(no date)"} '{e.Name}' [{e.Key}]";

    public static string Describe(Event e) =>
        $"{e.Type} {e.Time?.ToString() ?? "(no date)"} '{e.Name}' ({e.Id})";

    public static string Describe(GoldQuantity q) =>
        $"{(q.Approximate ? "~" : "")}{q.Value.ToString(CultureInfo.InvariantCulture)} {q.Counted}{(q.ClaimedBy is null ? "" : $" (claimed by {q.ClaimedBy})")}";

    public string Describe(Quantity q) =>
        $"{(q.Approximate ? "~" : "")}{q.Value.ToString(CultureInfo.InvariantCulture)} {q.Counted}{(q.ClaimedBy is null ? "" : $" (claimed by {NameOf(q.ClaimedBy)})")}";
}
