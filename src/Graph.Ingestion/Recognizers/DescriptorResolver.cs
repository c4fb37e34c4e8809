using Graph.Model;

namespace Graph.Ingestion.Recognizers;

/// <summary>
/// Resolves descriptions by office to the one person of the document who holds that office ("the Armenian Prime
/// Minister" → Nikol Pashinyan), and infers the state of offices stated without one ("Deputy Prime Minister Tigran
/// Avinyan") from the same person's other offices or, failing that, from the only state named in the sentence or
/// the one before it.
/// </summary>
public static class DescriptorResolver
{
    public static void Run(DocumentContext doc)
    {
        InferHolders(doc);
        foreach (var list in doc.Mentions)
        {
            foreach (var m in list)
            {
                if (m.Form != MentionForm.Descriptor || m.Entity is not null || m.Group is not null || m.Office?.Holder is null) continue;
                DocEntity? found = null;
                var count = 0;
                foreach (var e in doc.Entities.All)
                {
                    if (e.Kind != NodeKind.Person) continue;
                    foreach (var o in e.Offices)
                    {
                        if (o.Holder != m.Office.Holder || !ClassMatches(m.Office.Title.Class, o.Title.Class)) continue;
                        if (found != e) { found = e; count++; }
                        break;
                    }
                }
                if (count == 1)
                {
                    m.Entity = found;
                    m.Confidence = 0.7;
                    found!.Mentions.Add(m);
                }
            }
        }
    }

    private static bool ClassMatches(string descriptor, string office) =>
        descriptor == office || (descriptor == "leader" && office is "head of state" or "head of government");

    private static void InferHolders(DocumentContext doc)
    {
        foreach (var person in doc.Entities.All)
        {
            if (person.Kind != NodeKind.Person) continue;
            foreach (var office in person.Offices)
            {
                if (office.Holder is not null || office.Title.HolderIsOrganization) continue;
                foreach (var other in person.Offices)
                {
                    if (other.Holder is not null && other.Title.Class == office.Title.Class) { office.Holder = other.Holder; office.HolderInferred = true; break; }
                }
            }
        }
        foreach (var list in doc.Mentions)
        {
            Mention? previousPerson = null;
            foreach (var m in list)
            {
                if (m.Office is not null && m.Form != MentionForm.Descriptor && m.Entity is { Kind: NodeKind.Person })
                {
                    if (m.Office.Holder is null && !m.Office.Title.HolderIsOrganization)
                    {
                        // In a list of officials, a title of the same service inherits the state of the one before it
                        // ("U.S. Secretary of State Antony Blinken, Acting Assistant Secretary of State … Philip Reeker").
                        var inherited = previousPerson?.Office?.Holder is not null && SharesWord(previousPerson.Office.Title.Name, m.Office.Title.Name)
                            ? previousPerson.Office.Holder : null;
                        var state = inherited ?? OnlyState(doc, m.Sentence, m) ?? (m.Sentence > 0 ? OnlyState(doc, m.Sentence - 1, null) : null);
                        if (state is not null)
                        {
                            m.Office.Holder = state;
                            m.Office.HolderInferred = true;
                        }
                    }
                    previousPerson = m;
                }
            }
        }
    }

    private static bool SharesWord(string a, string b)
    {
        foreach (var w in a.Split(' '))
        {
            if (w.Length > 3 && char.IsUpper(w[0]) && b.Contains(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static DocEntity? OnlyState(DocumentContext doc, int sentence, Mention? except)
    {
        DocEntity? found = null;
        foreach (var m in doc.Mentions[sentence])
        {
            if (m == except || m.Inner || m.Entity is not { Kind: NodeKind.State }) continue;
            if (m.Form is MentionForm.Metonym || (m.TokenEnd < doc.Tokens.Length && doc.Tokens[m.TokenEnd].Kind == Graph.Ingestion.Text.TokenKind.Possessive && m.Form != MentionForm.Name)) continue;
            if (except is not null && except.Contains(m)) continue;
            if (found is not null && found != m.Entity) return null;
            found = m.Entity;
        }
        return found;
    }
}
