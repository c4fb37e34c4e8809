using Graph.Ingestion.Text;
using Graph.Model;

namespace Graph.Ingestion.Recognizers;

/// <summary>
/// Organizations the lexicon does not know, recognized by their form: a run of capitalized words containing an
/// organization head ("Azerbaijan National Agency for Mine Action", "Central Emergency Response Fund",
/// "Council on Foreign Relations", "Joint Russian-Turkish Center for Monitoring the Ceasefire"), with an acronym in
/// parentheses after it becoming an alias ("(ANAMA)"). Place heads ("Khudavang Monastery") make places instead.
/// </summary>
public sealed class OrganizationFormRecognizer(Lexicon.Lexicon lexicon)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "on", "and", "the", "in", "de", "du", "des", "&" };

    private readonly Lexicon.Lexicon _lexicon = lexicon;

    public void Run(DocumentContext doc, int sentence)
    {
        var tokens = doc.Tokens;
        var s = doc.Text.Sentences[sentence];
        var k = s.TokenStart;
        while (k < s.TokenEnd)
        {
            if (!StartsRun(tokens[k]))
            {
                k++;
                continue;
            }
            var end = RunEnd(tokens, k, s.TokenEnd);
            var start = k;
            while (start < end && RecognizerHelpers.NonNameWords.Contains(tokens[start].Lower)) start++;
            if (end - start >= 2) TryRun(doc, sentence, s, start, end);
            k = Math.Max(end, k + 1);
        }
    }

    private static bool StartsRun(in Token t) => RecognizerHelpers.IsNameWord(t) || (t.Kind == TokenKind.Word && t.Is(TokenFlags.AllCaps));

    private static int RunEnd(Token[] tokens, int k, int limit)
    {
        var end = k + 1;
        while (end < limit)
        {
            ref readonly var t = ref tokens[end];
            if (RecognizerHelpers.IsNameWord(t) || (t.Is(TokenFlags.HyphenJoined) && t.Kind == TokenKind.Word)) { end++; continue; }
            if (t.Kind == TokenKind.Word && Connectors.Contains(t.Lower) && end + 1 < limit && (RecognizerHelpers.IsNameWord(tokens[end + 1]) || (tokens[end + 1].Lower == "the" && end + 2 < limit && RecognizerHelpers.IsNameWord(tokens[end + 2]))))
            {
                end++;
                continue;
            }
            if (t.Kind == TokenKind.Possessive && end + 1 < limit && RecognizerHelpers.IsNameWord(tokens[end + 1])) { end++; continue; }
            break;
        }
        return end;
    }

    private void TryRun(DocumentContext doc, int sentence, SentenceSpan s, int start, int end)
    {
        var tokens = doc.Tokens;
        // The head: the last organization or place head in the run.
        var head = -1;
        var isPlace = false;
        for (var j = start; j < end; j++)
        {
            if (!tokens[j].IsCapitalized) continue;
            if (_lexicon.OrganizationHeads.Contains(tokens[j].Lower)) { head = j; isPlace = false; }
            else if (_lexicon.PlaceHeads.Contains(tokens[j].Lower)) { head = j; isPlace = true; }
        }
        if (head < 0) return;
        // A name ends at its head unless a "for/of/on …" tail follows it ("Center for Monitoring the Ceasefire").
        var nameEnd = end;
        if (head + 1 < end && tokens[head + 1].Lower is not ("of" or "for" or "on")) nameEnd = head + 1;
        while (nameEnd > start && Connectors.Contains(tokens[nameEnd - 1].Lower)) nameEnd--;
        // "Crisis Response and the UN’s Central Emergency Response Fund": a qualifier before a possessive, or a list
        // before "and the", is not part of the name.
        for (var j = head - 1; j > start; j--)
        {
            if (tokens[j].Kind == TokenKind.Possessive && doc.IsCovered(sentence, j - 1)) { start = j + 1; break; }
            if (tokens[j].Lower == "the" && j - 1 > start && tokens[j - 1].Lower == "and") { start = j + 1; break; }
        }
        if (head == start && (head + 1 >= nameEnd || !Connectors.Contains(tokens[head + 1].Lower))) return;
        if (nameEnd - start < 2) return;

        // Lexicon or institution names win when they cover the start of the run.
        foreach (var m in doc.Mentions[sentence])
        {
            if (m.Entity is null) continue;
            if (m.TokenStart <= start && m.TokenEnd >= nameEnd) return;
            if (m.TokenStart <= start && start < m.TokenEnd && m.Entity.Kind is NodeKind.Organization or NodeKind.Person) return;
            if (m.TokenStart < nameEnd && m.TokenEnd > nameEnd) return;
        }
        // At least two capitalized words that are not already names of something else.
        var free = 0;
        for (var j = start; j < nameEnd; j++)
        {
            if (tokens[j].IsCapitalized && !doc.IsCovered(sentence, j)) free++;
        }
        if (free < 2 && !(free >= 1 && isPlace)) return;
        // A single lexicon place followed by its head ("Lachin Corridor" when only "Lachin" is known) is a new place.
        var name = RecognizerHelpers.CleanSurface(doc, start, nameEnd);
        var kind = isPlace ? NodeKind.Place : NodeKind.Organization;
        var subtype = isPlace ? tokens[head].Lower : null;
        var entity = doc.Entities.Discovered(kind, name, subtype, 0.75);
        var mention = new Mention
        {
            Sentence = sentence, TokenStart = start, TokenEnd = nameEnd, Start = tokens[start].Start, End = tokens[nameEnd - 1].End,
            Entity = entity, Form = MentionForm.Name, Rule = isPlace ? "place.form" : "organization.form", Confidence = 0.75,
        };
        // A state named at the start ("Azerbaijan National Agency …") makes the organization part of it.
        var first = RecognizerHelpers.MentionStartingAt(doc, sentence, start);
        if (!isPlace && first?.Entity is { Kind: NodeKind.State } && first.Form is MentionForm.Name or MentionForm.Demonym) entity.PartOf ??= first.Entity;
        doc.AddMention(mention);
        RecognizerHelpers.MarkInner(doc, sentence, start, nameEnd, mention);

        // "(ANAMA)": an acronym defined right after the name.
        if (nameEnd + 2 < s.TokenEnd && tokens[nameEnd].Lower == "(" && tokens[nameEnd + 2].Lower == ")" && tokens[nameEnd + 1].Is(TokenFlags.AllCaps))
        {
            var acronym = doc.Text.TokenText(nameEnd + 1, nameEnd + 2);
            entity.AddAlias(acronym);
            doc.Entities.ShortNames.TryAdd(acronym, entity);
            doc.AddMention(new Mention
            {
                Sentence = sentence, TokenStart = nameEnd + 1, TokenEnd = nameEnd + 2, Start = tokens[nameEnd + 1].Start, End = tokens[nameEnd + 1].End,
                Entity = entity, Form = MentionForm.Acronym, Rule = "organization.acronym", Confidence = 0.75, Inner = true,
            });
        }
    }
}
