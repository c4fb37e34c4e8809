using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Lexicon;

/// <summary>Builds the tries of a <see cref="Lexicon"/> from its data, checking every entry.</summary>
internal static class LexiconCompiler
{
    public static void Compile(LexiconData data, Lexicon lex)
    {
        var byName = new Dictionary<string, LexEntity>(StringComparer.Ordinal);

        LexEntity Define(NodeKind kind, NamedData d, string section)
        {
            if (string.IsNullOrWhiteSpace(d.Name)) throw new LexiconException($"{section}: an entry has no name.");
            var key = kind + "|" + NameKey.Normalize(d.Name);
            if (!byName.TryGetValue(key, out var e))
            {
                e = new LexEntity { Id = FactIds.ForNode(kind, d.Name), Name = d.Name.Trim(), Kind = kind, Subtype = d.Subtype };
                byName[key] = e;
            }
            else if (d.Subtype is not null)
            {
                e.Subtype = d.Subtype;
            }
            foreach (var a in d.Aliases)
            {
                if (!string.IsNullOrWhiteSpace(a) && !e.Aliases.Contains(a)) e.Aliases.Add(a.Trim());
            }
            return e;
        }

        var states = new List<(LexEntity Entity, StateData Data)>();
        foreach (var s in data.States)
        {
            var e = Define(NodeKind.State, s, "states");
            e.Subtype ??= "state";
            e.Demonym = s.Demonyms.Count > 0 ? s.Demonyms[0] : null;
            states.Add((e, s));
        }
        var orgs = new List<(LexEntity, NamedData)>();
        foreach (var o in data.Organizations) orgs.Add((Define(NodeKind.Organization, o, "organizations"), o));
        var places = new List<(LexEntity, NamedData)>();
        foreach (var p in data.Places) places.Add((Define(NodeKind.Place, p, "places"), p));

        LexEntity FindState(string name, string context)
        {
            var key = NodeKind.State + "|" + NameKey.Normalize(name);
            if (byName.TryGetValue(key, out var st)) return st;
            foreach (var (e, _) in states)
            {
                foreach (var a in e.Aliases)
                {
                    if (NameKey.Normalize(a) == NameKey.Normalize(name)) return e;
                }
            }
            throw new LexiconException($"{context}: standsFor names '{name}', which is not a state of the lexicon.");
        }

        foreach (var (e, d) in places)
        {
            if (d.StandsFor is not null) e.StandsFor = FindState(d.StandsFor, $"places/{d.Name}");
        }
        foreach (var (state, d) in states)
        {
            foreach (var seat in d.Seats)
            {
                if (string.IsNullOrWhiteSpace(seat)) continue;
                var place = FindPlace(byName, seat) ?? Define(NodeKind.Place, new NamedData { Name = seat, Subtype = "city" }, "states/seats");
                place.StandsFor ??= state;
            }
        }

        foreach (var e in byName.Values) lex.Register(e);

        // Names.
        foreach (var e in byName.Values)
        {
            AddName(lex, e, e.Name, NameForm.Name);
            foreach (var a in e.Aliases) AddName(lex, e, a, IsAcronym(a) ? NameForm.Acronym : NameForm.Name);
        }
        foreach (var (e, d) in states)
        {
            foreach (var dem in d.Demonyms) AddName(lex, e, dem, NameForm.Demonym);
            foreach (var p in d.People) AddName(lex, e, p, NameForm.People);
        }
        foreach (var (e, d) in orgs)
        {
            foreach (var dem in d.Demonyms) AddName(lex, e, dem, NameForm.Demonym);
        }

        // Titles.
        foreach (var t in data.Titles)
        {
            if (string.IsNullOrWhiteSpace(t.Name)) throw new LexiconException("titles: an entry has no name.");
            var holderOrg = t.Holder is not null && t.Holder.Equals("organization", StringComparison.OrdinalIgnoreCase);
            var cls = t.Class ?? t.Name.ToLowerInvariant();
            var canonical = t.Name.Trim();
            foreach (var form in Enumerable.Prepend(t.Aliases, t.Name))
            {
                lex.Titles.Add(Lowers(lex, form), new TitleEntry { Name = canonical, Class = cls, HolderIsOrganization = holderOrg });
                var plural = Pluralize(form);
                if (plural is not null)
                    lex.Titles.Add(Lowers(lex, plural), new TitleEntry { Name = canonical, Class = cls, HolderIsOrganization = holderOrg, Plural = true });
            }
        }
        foreach (var m in data.TitleModifiers) AddPhrase(lex, m, new PhraseEntry { Kind = PhraseKind.TitleModifier, Text = m });

        foreach (var i in data.Institutions)
        {
            if (string.IsNullOrWhiteSpace(i.Name)) throw new LexiconException("institutions: an entry has no name.");
            var entry = new InstitutionEntry { Name = i.Name.Trim(), Subtype = i.Subtype, StandsForState = i.StandsForState };
            lex.Institutions.Add(Lowers(lex, i.Name), entry);
            foreach (var a in i.Aliases) lex.Institutions.Add(Lowers(lex, a), entry);
        }

        foreach (var h in data.OrganizationHeads) lex.OrganizationHeads.Add(h.ToLowerInvariant());
        foreach (var h in data.PlaceHeads) lex.PlaceHeads.Add(h.ToLowerInvariant());
        foreach (var (noun, subtype) in data.PlaceNouns) lex.PlaceNouns[noun.ToLowerInvariant()] = subtype;
        foreach (var p in data.PersonNouns) AddPhrase(lex, p, new PhraseEntry { Kind = PhraseKind.PersonNoun, Text = p });

        // Event cues.
        foreach (var ev in data.Events)
        {
            if (!Enum.TryParse<EventType>(ev.Type, ignoreCase: false, out var type))
                throw new LexiconException($"events: '{ev.Type}' is not an event type (one of {string.Join(", ", Enum.GetNames<EventType>())}).");
            var needs = ParseNeed(ev.Needs, $"events/{ev.Type}");
            foreach (var v in ev.Verbs) AddPhrase(lex, v, new PhraseEntry { Kind = PhraseKind.EventVerb, EventType = type, Needs = needs, Text = v });
            foreach (var n in ev.Nouns)
            {
                AddPhrase(lex, n, new PhraseEntry { Kind = PhraseKind.EventNoun, EventType = type, Needs = needs, Text = n });
                // Plurals of nouns ("ceasefires", "agreements") name events too.
                var plural = NounPlural(n);
                if (plural is not null && !ev.Nouns.Contains(plural)) AddPhrase(lex, plural, new PhraseEntry { Kind = PhraseKind.EventNoun, EventType = type, Needs = needs, Text = plural });
            }
        }
        foreach (var a in data.AnnounceVerbs) AddPhrase(lex, a, new PhraseEntry { Kind = PhraseKind.Announce, Text = a });
        foreach (var (cls, nouns) in data.Arguments)
        {
            var need = ParseNeed(cls, "arguments");
            foreach (var n in nouns) AddPhrase(lex, n, new PhraseEntry { Kind = PhraseKind.Argument, ArgumentClass = need, Text = n });
        }
        foreach (var r in data.Roles)
        {
            if (!Enum.TryParse<RelationType>(r.Role, ignoreCase: false, out var role) || !role.IsEventRole())
                throw new LexiconException($"roles: '{r.Role}' is not an event role (one of {string.Join(", ", RelationTypes.EventRoles)}).");
            foreach (var p in r.By) AddPhrase(lex, p, new PhraseEntry { Kind = PhraseKind.RoleBy, Role = role, Text = p });
            foreach (var p in r.Agent) AddPhrase(lex, p, new PhraseEntry { Kind = PhraseKind.RoleAgent, Role = role, Text = p });
            foreach (var p in r.Hyphen) AddPhrase(lex, p, new PhraseEntry { Kind = PhraseKind.RoleHyphen, Role = role, Text = p });
            foreach (var p in r.Before) AddPhrase(lex, p, new PhraseEntry { Kind = PhraseKind.RoleBefore, Role = role, Text = p });
        }
        foreach (var p in data.Irrealis) AddPhrase(lex, p, new PhraseEntry { Kind = PhraseKind.Irrealis, Text = p });
        foreach (var p in data.Negations) AddPhrase(lex, p, new PhraseEntry { Kind = PhraseKind.Negation, Text = p });
        foreach (var p in data.Commitments) AddPhrase(lex, p, new PhraseEntry { Kind = PhraseKind.Commitment, Text = p });
        foreach (var p in data.Background) AddPhrase(lex, p, new PhraseEntry { Kind = PhraseKind.Background, Text = p });
        foreach (var p in data.LightVerbs) AddPhrase(lex, p, new PhraseEntry { Kind = PhraseKind.LightVerb, Text = p });
        foreach (var p in data.SupportVerbs) AddPhrase(lex, p, new PhraseEntry { Kind = PhraseKind.SupportVerb, Text = p });
    }

    private static string? NounPlural(string noun)
    {
        if (noun.Length < 3 || noun.EndsWith('s') || noun.EndsWith("ing", StringComparison.Ordinal) || noun.Contains(" of ", StringComparison.Ordinal)) return null;
        if (noun.EndsWith('y') && !noun.EndsWith("ey", StringComparison.Ordinal)) return noun[..^1] + "ies";
        if (noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith('x')) return noun + "es";
        return noun + "s";
    }

    private static LexEntity? FindPlace(Dictionary<string, LexEntity> byName, string name)
    {
        var key = NameKey.Normalize(name);
        if (byName.TryGetValue(NodeKind.Place + "|" + key, out var e)) return e;
        foreach (var candidate in byName.Values)
        {
            if (candidate.Kind != NodeKind.Place) continue;
            foreach (var a in candidate.Aliases)
            {
                if (NameKey.Normalize(a) == key) return candidate;
            }
        }
        return null;
    }

    private static CueNeed ParseNeed(string? text, string context)
    {
        if (string.IsNullOrWhiteSpace(text)) return CueNeed.None;
        if (Enum.TryParse<CueNeed>(text, ignoreCase: true, out var need)) return need;
        throw new LexiconException($"{context}: '{text}' is not a known argument class (one of {string.Join(", ", Enum.GetNames<CueNeed>())}).");
    }

    private static void AddName(Lexicon lex, LexEntity e, string surface, NameForm form)
    {
        var tokens = lex.TokenizePhrase(surface);
        // "the Kremlin": a leading article is not part of the name in text matching.
        var skip = tokens.Count > 1 && tokens[0].Lower == "the" ? 1 : 0;
        var count = tokens.Count - skip;
        if (count <= 0) return;
        var rules = new byte[count];
        var lowers = new string[count];
        var surfaces = new string[count];
        for (var k = 0; k < count; k++)
        {
            var t = tokens[k + skip];
            lowers[k] = t.Lower;
            surfaces[k] = surface.Substring(t.Start, t.Length);
            rules[k] = t.Kind != TokenKind.Word ? (byte)0
                : t.Is(TokenFlags.AllCaps) || (t.Is(TokenFlags.Abbreviation) && t.Is(TokenFlags.Capitalized)) ? (byte)2
                : t.Is(TokenFlags.Capitalized) ? (byte)1 : (byte)0;
        }
        lex.Names.Add(lowers, new NameEntry { Entity = e, Form = form, Surface = surface, CaseRule = rules, SurfaceTokens = surfaces });
    }

    private static void AddPhrase(Lexicon lex, string phrase, PhraseEntry entry)
    {
        if (string.IsNullOrWhiteSpace(phrase)) return;
        lex.Phrases.Add(Lowers(lex, phrase), entry);
    }

    private static List<string> Lowers(Lexicon lex, string phrase)
    {
        var tokens = lex.TokenizePhrase(phrase);
        var list = new List<string>(tokens.Count);
        foreach (var t in tokens) list.Add(t.Lower);
        return list;
    }

    private static bool IsAcronym(string s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c)) { letters++; if (!char.IsUpper(c)) return false; }
        }
        return letters >= 2;
    }

    /// <summary>Plural of a title's last word ("Prime Minister" → "Prime Ministers"), or null when it has none.</summary>
    private static string? Pluralize(string title)
    {
        var of = title.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0)
        {
            var head = Pluralize(title[..of]);
            return head is null ? null : head + title[of..];
        }
        if (title.Length < 3) return null;
        var last = title[^1];
        if (!char.IsLetter(last)) return null;
        if (title.EndsWith("ss", StringComparison.Ordinal) || title.EndsWith("s", StringComparison.Ordinal)) return null;
        if (title.EndsWith("y", StringComparison.Ordinal) && !title.EndsWith("ey", StringComparison.Ordinal)) return title[..^1] + "ies";
        if (title.EndsWith("man", StringComparison.Ordinal)) return title[..^3] + "men";
        return title + "s";
    }
}
