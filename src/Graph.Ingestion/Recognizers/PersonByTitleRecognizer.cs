using Graph.Ingestion.Lexicon;
using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Recognizers;

/// <summary>
/// People introduced by a title: [qualifier] [modifier] TITLE [for … Affairs] [of STATE] Name
/// ("Armenian Prime Minister Nikol Pashinyan", "Armenia’s acting Prime Minister Nikol Pashinyan",
/// "US Secretary of State Antony Blinken", "Russian Foreign Ministry spokesperson Maria Zakharova").
/// A title without a name but with a qualifier is a descriptor ("the Armenian Prime Minister",
/// "the deputy prime ministers of Azerbaijan, Russia, and Armenia") resolved later in the document.
/// </summary>
public sealed class PersonByTitleRecognizer(Lexicon.Lexicon lexicon)
{
    private static readonly HashSet<string> TailEnds = new(StringComparer.Ordinal)
    {
        "affairs", "issues", "relations", "policy", "operations", "cooperation", "development", "security", "questions",
        "programs", "programmes", "region", "caucasus", "asia", "europe", "africa", "peace", "negotiations",
    };

    private readonly Lexicon.Lexicon _lexicon = lexicon;
    private readonly List<TitleEntry> _titles = [];

    public void Run(DocumentContext doc, int sentence)
    {
        var tokens = doc.Tokens;
        var s = doc.Text.Sentences[sentence];
        for (var k = s.TokenStart; k < s.TokenEnd; k++)
        {
            if (tokens[k].Kind != TokenKind.Word) continue;
            var len = _lexicon.Titles.LongestMatch(tokens, k, s.TokenEnd, _titles);
            if (len == 0) continue;
            if (CoveredByName(doc, sentence, k, k + len)) continue;
            var title = _titles[0];
            foreach (var t in _titles) if (!t.Plural) { title = t; break; }
            var next = TryRecognize(doc, sentence, s, k, k + len, title);
            if (next > k) k = next - 1;
        }
    }

    private static bool CoveredByName(DocumentContext doc, int sentence, int start, int end)
    {
        foreach (var m in doc.Mentions[sentence])
        {
            if (m.TokenStart < end && start < m.TokenEnd && m.Entity is { Kind: NodeKind.Organization or NodeKind.Place or NodeKind.Person }) return true;
        }
        return false;
    }

    private int TryRecognize(DocumentContext doc, int sentence, SentenceSpan s, int ts, int te, TitleEntry title)
    {
        var tokens = doc.Tokens;
        var plural = title.Plural;

        // Modifiers before the title: "acting", "former", "then-".
        var ms = ts;
        var modifiers = new List<string>(2);
        while (ms - 1 >= s.TokenStart)
        {
            var found = false;
            for (var w = 2; w >= 1; w--)
            {
                if (ms - w < s.TokenStart) continue;
                if (_lexicon.Phrases.TryExact(tokens, ms - w, ms, out var entries) && HasKind(entries!, PhraseKind.TitleModifier))
                {
                    modifiers.Insert(0, doc.Text.TokenText(ms - w, ms).ToLowerInvariant());
                    ms -= w;
                    found = true;
                    break;
                }
            }
            if (!found) break;
        }

        // Qualifier before: a state, demonym or organization, possibly possessive ("Armenia’s").
        var qEnd = ms;
        if (qEnd - 1 >= s.TokenStart && tokens[qEnd - 1].Kind == TokenKind.Possessive) qEnd--;
        Mention? qualifier = qEnd > s.TokenStart ? RecognizerHelpers.MentionEndingAt(doc, sentence, qEnd, actorsOnly: true) : null;
        List<DocEntity>? group = null;
        if (qualifier is not null && plural)
        {
            group = CollectCoordinated(doc, sentence, s, qualifier);
        }

        // Tail: "for European and Eurasian Affairs".
        var end = te;
        var tail = "";
        if (end < s.TokenEnd && tokens[end].Lower == "for")
        {
            for (var j = end + 1; j < s.TokenEnd && j <= end + 7; j++)
            {
                if (!(RecognizerHelpers.IsNameWord(tokens[j]) || tokens[j].Lower is "and" or "&")) break;
                if (TailEnds.Contains(tokens[j].Lower) && tokens[j].IsCapitalized)
                {
                    tail = " " + doc.Text.TokenText(end, j + 1);
                    // "for European and Eurasian Affairs" names a portfolio, not the European Union.
                    foreach (var inside in doc.Mentions[sentence].Where(x => x.TokenStart >= end && x.TokenEnd <= j + 1).ToList()) doc.RemoveMention(inside);
                    end = j + 1;
                    break;
                }
            }
        }

        // "of STATE": "Prime Minister of Armenia", "the leader of his country's arch foe Azerbaijan",
        // "the deputy prime ministers of Azerbaijan, Russia, and Armenia".
        var nameStart = end;
        if (end < s.TokenEnd && tokens[end].Lower == "of")
        {
            for (var j = end + 1; j < s.TokenEnd && j <= end + 6; j++)
            {
                var m = RecognizerHelpers.MentionStartingAt(doc, sentence, j);
                if (m is not null && m.Entity is { Kind: NodeKind.State or NodeKind.Organization })
                {
                    if (qualifier is null)
                    {
                        qualifier = m;
                        if (plural) group = CollectFollowing(doc, sentence, s, m, out var groupEnd) ?? group;
                        nameStart = plural && group is not null ? LastEnd(doc, sentence, group, m.TokenEnd) : m.TokenEnd;
                    }
                    break;
                }
                if (tokens[j].Kind == TokenKind.Punctuation || tokens[j].Kind == TokenKind.Quote) break;
                if (tokens[j].IsCapitalized && j > end + 1 && m is null) break;
            }
        }

        // The name.
        var (ns, ne) = plural ? (nameStart, nameStart) : ReadName(doc, sentence, s, nameStart);
        var role = (modifiers.Count > 0 ? string.Join(" ", modifiers) + " " : "") + title.Name + tail;
        var office = new OfficeInfo
        {
            Title = title,
            Role = role,
            Holder = qualifier?.Entity,
            TitleTokenStart = ts,
            TitleTokenEnd = te,
        };

        var spanStart = qualifier is not null && qualifier.TokenEnd <= ms ? qualifier.TokenStart : ms;
        if (ne > ns)
        {
            var name = CleanName(doc, ns, ne);
            DocEntity person;
            if (ne - ns == 1 && doc.Entities.ShortNames.TryGetValue(name, out var known) && known.Kind == NodeKind.Person)
            {
                person = known;
            }
            else
            {
                person = doc.Entities.Discovered(NodeKind.Person, name, null, ne - ns >= 2 ? 0.8 : 0.6);
                if (ne - ns >= 2)
                {
                    var surname = doc.Text.TokenText(ne - 1, ne);
                    RegisterShortName(doc, surname, person);
                }
            }
            var mention = new Mention
            {
                Sentence = sentence,
                TokenStart = spanStart,
                TokenEnd = ne,
                Start = tokens[spanStart].Start,
                End = tokens[ne - 1].End,
                Entity = person,
                Form = MentionForm.Name,
                Rule = "person.title",
                Confidence = ne - ns >= 2 ? 0.85 : 0.7,
                Office = office,
            };
            doc.AddMention(mention);
            RecognizerHelpers.MarkInner(doc, sentence, spanStart, ne, mention);
            person.Offices.Add(office);
            return ne;
        }

        // A descriptor: only with a qualifier and a determiner or possessive ("the Armenian Prime Minister",
        // "The US chief diplomat", "Russia’s foreign minister"); "Russia co-chair the group" is a verb, not a title.
        if (qualifier is null) return te;
        var before = spanStart - 1;
        var determined = (before >= s.TokenStart && tokens[before].Lower is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "our")
                         || (qEnd < ms && tokens[qEnd].Kind == TokenKind.Possessive);
        if (!determined) return te;
        var dEnd = Math.Max(te, end);
        if (group is not null) dEnd = Math.Max(dEnd, LastEnd(doc, sentence, group, dEnd));
        else if (qualifier.TokenStart >= te) dEnd = Math.Max(dEnd, qualifier.TokenEnd);
        var descriptor = new Mention
        {
            Sentence = sentence,
            TokenStart = spanStart,
            TokenEnd = dEnd,
            Start = tokens[spanStart].Start,
            End = tokens[dEnd - 1].End,
            Entity = null,
            Form = MentionForm.Descriptor,
            Rule = plural ? "descriptor.group" : "descriptor.title",
            Confidence = 0.7,
            Office = office,
            Group = group,
        };
        doc.AddMention(descriptor);
        RecognizerHelpers.MarkInner(doc, sentence, spanStart, dEnd, descriptor);
        return dEnd;
    }

    private static int LastEnd(DocumentContext doc, int sentence, List<DocEntity> group, int fallback)
    {
        var end = fallback;
        foreach (var m in doc.Mentions[sentence])
        {
            if (m.Entity is not null && group.Contains(m.Entity) && m.TokenStart >= fallback - 1 && m.TokenEnd > end && m.TokenEnd - end < 8) end = m.TokenEnd;
        }
        return end;
    }

    /// <summary>"Armenian and Azerbaijani leaders": the demonyms coordinated before a plural title.</summary>
    private static List<DocEntity> CollectCoordinated(DocumentContext doc, int sentence, SentenceSpan s, Mention last)
    {
        var list = new List<DocEntity> { last.Entity! };
        var k = last.TokenStart;
        while (k - 2 >= s.TokenStart && doc.Tokens[k - 1].Lower is "and" or ",")
        {
            var prev = RecognizerHelpers.MentionEndingAt(doc, sentence, k - 1, actorsOnly: true);
            if (prev is null) break;
            list.Insert(0, prev.Entity!);
            k = prev.TokenStart;
        }
        return list;
    }

    /// <summary>"of Azerbaijan, Russia, and Armenia": the states listed after a plural title.</summary>
    private static List<DocEntity>? CollectFollowing(DocumentContext doc, int sentence, SentenceSpan s, Mention first, out int end)
    {
        var list = new List<DocEntity> { first.Entity! };
        end = first.TokenEnd;
        var k = first.TokenEnd;
        while (k < s.TokenEnd)
        {
            var j = k;
            if (doc.Tokens[j].Lower == ",") j++;
            if (j < s.TokenEnd && doc.Tokens[j].Lower == "and") j++;
            if (j == k || j >= s.TokenEnd) break;
            var m = RecognizerHelpers.MentionStartingAt(doc, sentence, j);
            if (m?.Entity is not { Kind: NodeKind.State or NodeKind.Organization }) break;
            list.Add(m.Entity);
            k = end = m.TokenEnd;
        }
        return list.Count > 1 ? list : null;
    }

    /// <summary>Reads a personal name: capitalized words, particles between them, initials; at most five tokens.</summary>
    internal static (int Start, int End) ReadName(DocumentContext doc, int sentence, SentenceSpan s, int start)
    {
        var tokens = doc.Tokens;
        var k = start;
        while (k < s.TokenEnd && RecognizerHelpers.Honorifics.Contains(tokens[k].Lower)) k++;
        var ns = k;
        var words = 0;
        while (k < s.TokenEnd && k - ns < 6)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind != TokenKind.Word) break;
            if (k > ns && t.Is(TokenFlags.SpaceBefore) == false && !t.Is(TokenFlags.HyphenJoined)) break;
            var isParticle = RecognizerHelpers.NameParticles.Contains(t.Lower) && words > 0;
            if (!isParticle)
            {
                if (!RecognizerHelpers.IsNameWord(t)) break;
                if (words == 0 && RecognizerHelpers.NonNameWords.Contains(t.Lower)) break;
                if (CalendarWords.TryMonth(t.Lower, out _) || CalendarWords.TryWeekday(t.Lower, out _)) break;
                if (IsKnownNonPerson(doc, sentence, k)) break;
                if (t.Is(TokenFlags.AllCaps) && t.Length > 1 && !t.Is(TokenFlags.Abbreviation)) break;
            }
            words += isParticle ? 0 : 1;
            k++;
        }
        // Do not end on a particle.
        while (k > ns && RecognizerHelpers.NameParticles.Contains(tokens[k - 1].Lower)) k--;
        return words == 0 ? (start, start) : (ns, k);
    }

    private static bool IsKnownNonPerson(DocumentContext doc, int sentence, int token)
    {
        foreach (var m in doc.Mentions[sentence])
        {
            if (m.TokenStart <= token && token < m.TokenEnd && m.Entity is { Kind: not NodeKind.Person }) return true;
        }
        return false;
    }

    internal static string CleanName(DocumentContext doc, int start, int end) => RecognizerHelpers.CleanSurface(doc, start, end);

    internal static void RegisterShortName(DocumentContext doc, string surname, DocEntity person)
    {
        if (surname.Length < 3) return;
        if (doc.Entities.ShortNames.TryGetValue(surname, out var existing) && existing != person) return;
        doc.Entities.ShortNames[surname] = person;
        person.AddAlias(surname);
    }

    private static bool HasKind(List<PhraseEntry> entries, PhraseKind kind)
    {
        foreach (var e in entries) if (e.Kind == kind) return true;
        return false;
    }
}
