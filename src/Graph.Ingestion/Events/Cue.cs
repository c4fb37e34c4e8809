using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Recognizers;
using Graph.Model;

namespace Graph.Ingestion.Events;

/// <summary>What an event is about, for merging mentions: release types merge with exchanges, agreements with ceasefires…</summary>
internal enum EventFamily
{
    Captives,
    Remains,
    Maps,
    Goods,
    Territory,
    Pact,
    Fight,
    Meeting,
    Negotiation,
    Deployment,
    Demining,
    Election,
    Founding,
    Request,
    Statement,
}

/// <summary>A word or phrase in a sentence that names an event, with what its context says about it.</summary>
internal sealed class Cue
{
    public int Start;
    public int End;
    public required PhraseMatch Match;
    public bool IsVerb;
    public PhraseEntry? Entry;
    public EventType Type;
    public EventFamily Family;
    public bool Irrealis;
    public bool Commitment;
    public bool Background;
    public bool Passive;
    public bool Anaphoric;
    public bool Demonstrative;
    /// <summary>"a revised ceasefire agreement", "a new truce": the text introduces another event than the one before.</summary>
    public bool Novel;
    /// <summary>A plural noun without determiner ("agreements", "exchanges"): events in general, not one event.</summary>
    public bool Generic;
    public string? ProperName;
    /// <summary>Where the cue's arguments are looked for: its clause (verbs) or its noun phrase (nouns).</summary>
    public int ArgStart;
    public int ArgEnd;
    /// <summary>For nouns with a light verb after them ("fighting broke out in …"): the light verb's span, for dates.</summary>
    public int LightEnd;
    public DateMention? Date;
    public EventMention? Mention;
    /// <summary>Subject of a support verb before a noun cue ("Azerbaijan has started demining operations").</summary>
    public int SupportVerb = -1;
    public string Lemma => Match.Entries.Count > 0 ? Match.Entries[0].Text : "";

    public override string ToString() => $"{Type}{(IsVerb ? "/v" : "/n")}[{Start},{End}) {Lemma}{(Irrealis ? " irrealis" : "")}{(Background ? " bg" : "")}";
}

/// <summary>One mention of an event in one sentence, before it is merged with the document's other mentions.</summary>
internal sealed class EventMention
{
    public required Cue Cue { get; init; }
    public required int Sentence { get; init; }
    public EventType Type { get; set; }
    public EventFamily Family { get; set; }
    public TimeRange? Time { get; set; }
    public List<(RelationType Role, DocEntity Entity, Span Evidence, bool Strong)> Roles { get; } = [];
    public List<QuantityMention> Quantities { get; } = [];
    public List<string> Quotes { get; } = [];
    public DocEvent? Event { get; set; }
    /// <summary>Only the captives' nationality supports the roles (too little to create an event from a noun).</summary>
    public bool WeakRolesOnly { get; set; } = true;

    public void Add(RelationType role, DocEntity entity, Span evidence, bool strong = true)
    {
        foreach (var r in Roles) if (r.Role == role && r.Entity == entity) return;
        Roles.Add((role, entity, evidence, strong));
        if (strong) WeakRolesOnly = false;
    }

    public bool HasEntity(DocEntity e)
    {
        foreach (var r in Roles) if (r.Entity == e) return true;
        return false;
    }
}
