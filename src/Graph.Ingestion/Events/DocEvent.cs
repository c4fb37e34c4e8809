using Graph.Ingestion.Recognizers;
using Graph.Model;

namespace Graph.Ingestion.Events;

/// <summary>One piece of evidence inside the document: sentence, character span, rule, confidence.</summary>
public readonly record struct Span(int Sentence, int Start, int End, string Rule, double Confidence);

/// <summary>A role an entity plays in an event, with where the text says so.</summary>
public sealed class RoleFill
{
    public required RelationType Role { get; set; }
    public required DocEntity Entity { get; init; }
    public List<Span> Evidence { get; } = [];
    public double Confidence { get; set; }
    public string? Qualifier { get; set; }

    public override string ToString() => $"{Role}:{Entity.Key}";
}

/// <summary>An event of one document, merged from all its mentions there.</summary>
public sealed class DocEvent
{
    public required EventType Type { get; set; }
    public string? ProperName { get; set; }
    public TimeRange? Time { get; set; }
    public List<RoleFill> Roles { get; } = [];
    public List<QuantityMention> Quantities { get; } = [];
    public List<string> Quotes { get; } = [];
    public List<Span> Evidence { get; } = [];
    public double Confidence { get; set; }
    /// <summary>Mentioned only as background ("since the ceasefire").</summary>
    public bool Background { get; set; }
    public int FirstSentence { get; set; }
    public int LastSentence { get; set; }
    /// <summary>Stated as a pledge ("pledged to return").</summary>
    public bool Commitment { get; set; }
    public int Mentions { get; set; }

    /// <summary>The family of the mention that created the event (set by <see cref="EventCoreference"/>).</summary>
    internal EventFamily Family { get; init; }

    /// <summary>Every family of the words that named the event ("this agreement" naming an exchange adds Pact), one bit each.</summary>
    private int _namedFamilies;

    internal void AddNamedFamily(EventFamily family) => _namedFamilies |= 1 << (int)family;

    internal bool WasNamedAs(EventFamily family) => (_namedFamilies & (1 << (int)family)) != 0;

    public bool Has(RelationType role, DocEntity e)
    {
        foreach (var r in Roles) if (r.Role == role && r.Entity == e) return true;
        return false;
    }

    public bool HasAnyRole(DocEntity e)
    {
        foreach (var r in Roles) if (r.Entity == e) return true;
        return false;
    }

    public IEnumerable<DocEntity> WithRole(RelationType role)
    {
        foreach (var r in Roles) if (r.Role == role) yield return r.Entity;
    }

    public void AddRole(RelationType role, DocEntity entity, Span evidence)
    {
        foreach (var r in Roles)
        {
            if (r.Entity != entity) continue;
            if (r.Role == role)
            {
                r.Evidence.Add(evidence);
                r.Confidence = Math.Max(r.Confidence, evidence.Confidence);
                return;
            }
            // A generic role never duplicates a specific one.
            if (role == RelationType.Participant) return;
            if (r.Role == RelationType.Participant)
            {
                r.Role = role;
                r.Evidence.Add(evidence);
                r.Confidence = Math.Max(r.Confidence, evidence.Confidence);
                return;
            }
        }
        var fill = new RoleFill { Role = role, Entity = entity, Confidence = evidence.Confidence };
        fill.Evidence.Add(evidence);
        Roles.Add(fill);
    }

    public override string ToString() => $"{Type} {Time} [{string.Join(", ", Roles)}]";
}

/// <summary>A relation between two entities of one document.</summary>
public sealed class DocRelation
{
    public required RelationType Type { get; init; }
    public required DocEntity From { get; init; }
    public required DocEntity To { get; init; }
    public string? Role { get; init; }
    public TimeRange? Time { get; set; }
    public List<Span> Evidence { get; } = [];
    public double Confidence { get; set; }
}
