using Graph.Ingestion.Evaluation;
using Graph.Model;

namespace Graph.Ingestion.Tests.Evaluation;

/// <summary>The scorer on tiny hand-built graphs, where every figure can be worked out by hand.</summary>
public sealed class ScorerTests
{
    private const string DocA = """
        document: a.txt
        title: Document A
        entities:
          - {name: Armenia, kind: State, aliases: [Armenian], quote: q}
          - {name: Azerbaijan, kind: State, quote: q}
          - {name: Nikol Pashinyan, kind: Person, aliases: [Pashinyan], quote: q}
          - {name: Georgia, kind: State, quote: q}
        offices:
          - {person: Nikol Pashinyan, title: Prime Minister, of: Armenia, acting: true, quote: q}
        events:
          - key: swap
            type: PrisonerExchange
            name: swap
            date: 2021-06-12
            roles:
              - {role: ReleasingSide, entity: Azerbaijan}
              - {role: ReceivingSide, entity: Armenia}
              - {role: Mediator, entity: Georgia}
            quantities:
              - {value: 15, counted: Armenian detainees}
            quote: q
        relations:
          - {type: LocatedIn, from: Georgia, to: Armenia, quote: q}
        """;

    private const string DocB = """
        document: b.txt
        title: Document B
        entities:
          - {name: Armenia, kind: State, quote: q}
          - {name: Azerbaijan, kind: State, quote: q}
        events:
          - key: swap
            type: PrisonerExchange
            name: swap again
            roles:
              - {role: ReleasingSide, entity: Azerbaijan}
            quantities:
              - {value: 15, counted: prisoners of war}
            quote: q
        """;

    private static GoldSet Gold(params string[] yaml) =>
        new(yaml.Select((y, i) => GoldSet.Parse(y, $"gold{i}.yaml")).ToArray());

    /// <summary>A prediction that says exactly what document A's gold says.</summary>
    private static (SnapshotBuilder Builder, string Doc, string Swap) PerfectA()
    {
        var b = new SnapshotBuilder();
        var doc = b.Document("a.txt", "Document A");
        var armenia = b.Entity(doc, NodeKind.State, "Armenia", "Armenian");
        var azerbaijan = b.Entity(doc, NodeKind.State, "Azerbaijan");
        var pashinyan = b.Entity(doc, NodeKind.Person, "Nikol Pashinyan");
        var georgia = b.Entity(doc, NodeKind.State, "Georgia");
        b.Relation(doc, RelationType.HoldsOffice, pashinyan, armenia, "acting Prime Minister");
        var swap = b.Event(doc, "swap", EventType.PrisonerExchange, TimeRange.Day(new DateOnly(2021, 6, 12)),
            new Quantity(15, "detainees"));
        b.Relation(doc, RelationType.ReleasingSide, swap, azerbaijan);
        b.Relation(doc, RelationType.ReceivingSide, swap, armenia);
        b.Relation(doc, RelationType.Mediator, swap, georgia);
        b.Relation(doc, RelationType.LocatedIn, georgia, armenia);
        return (b, doc, swap);
    }

    [Fact]
    public void A_perfect_prediction_scores_one_everywhere()
    {
        var report = Evaluator.Score(Gold(DocA), PerfectA().Builder.Build());
        foreach (var category in Enum.GetValues<EvaluationCategory>().Where(c => c != EvaluationCategory.Merges))
        {
            Assert.Equal(1.0, report[category].F1);
            Assert.Equal(0, report[category].FalsePositives + report[category].FalseNegatives);
        }
        Assert.Equal(new CategoryScore(4, 0, 0), report[EvaluationCategory.Entities]);
        Assert.Equal(new CategoryScore(3, 0, 0), report[EvaluationCategory.EventRoles]);
        Assert.Equal(new CategoryScore(1, 0, 0), report[EvaluationCategory.Quantities]);
        Assert.All(report.Documents, d => Assert.Empty(d.Mistakes));
    }

    [Fact]
    public void One_missing_entity_lowers_recall_by_exactly_one_in_four()
    {
        var b = new SnapshotBuilder();
        var doc = b.Document("a.txt", "Document A");
        b.Entity(doc, NodeKind.State, "Armenia");
        b.Entity(doc, NodeKind.State, "Azerbaijan");
        b.Entity(doc, NodeKind.Person, "Nikol Pashinyan");
        var s = Evaluator.Score(Gold(DocA), b.Build())[EvaluationCategory.Entities];
        Assert.Equal(new CategoryScore(3, 0, 1), s);
        Assert.Equal(1.0, s.Precision);
        Assert.Equal(0.75, s.Recall);
        Assert.Equal(2 * 0.75 / 1.75, s.F1, 12);
    }

    [Fact]
    public void A_wrong_kind_is_one_false_positive_and_one_false_negative()
    {
        var b = new SnapshotBuilder();
        var doc = b.Document("a.txt", "Document A");
        b.Entity(doc, NodeKind.State, "Armenia");
        b.Entity(doc, NodeKind.State, "Azerbaijan");
        b.Entity(doc, NodeKind.Person, "Nikol Pashinyan");
        b.Entity(doc, NodeKind.Place, "Georgia");
        var report = Evaluator.Score(Gold(DocA), b.Build());
        Assert.Equal(new CategoryScore(3, 1, 1), report[EvaluationCategory.Entities]);
        var mistakes = report.Documents.Single().Mistakes;
        Assert.Contains("entities: missed State 'Georgia'", mistakes);
        Assert.Contains(mistakes, m => m.StartsWith("entities: spurious Place 'Georgia'", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_match_through_aliases_on_either_side_after_normalization()
    {
        var b = new SnapshotBuilder();
        var doc = b.Document("a.txt", "Document A");
        b.Entity(doc, NodeKind.State, "Republic of Armenia", "ARMENIA");      // predicted alias = gold name
        b.Entity(doc, NodeKind.State, "Azərbaycan", "Azerbaijan");             // predicted alias, accents in the name
        b.Entity(doc, NodeKind.Person, "Pashinyan");                          // predicted name = gold alias
        b.Entity(doc, NodeKind.State, "Sakartvelo");                          // no shared name: spurious
        var report = Evaluator.Score(Gold(DocA), b.Build());
        Assert.Equal(new CategoryScore(3, 1, 1), report[EvaluationCategory.Entities]);
    }

    [Fact]
    public void Only_entities_with_evidence_in_the_document_count_for_it()
    {
        var b = new SnapshotBuilder();
        var a = b.Document("a.txt", "Document A");
        var other = b.Document("other.txt", "Other");
        b.Entity(a, NodeKind.State, "Armenia");
        b.Entity(other, NodeKind.State, "Azerbaijan");
        b.Entity(other, NodeKind.State, "France");
        var s = Evaluator.Score(Gold(DocA), b.Build())[EvaluationCategory.Entities];
        Assert.Equal(new CategoryScore(1, 0, 3), s);
    }

    [Fact]
    public void A_document_without_a_source_path_is_found_by_its_title()
    {
        var b = new SnapshotBuilder();
        var doc = b.Document("renamed.txt", "document a", withPath: false);
        b.Entity(doc, NodeKind.State, "Armenia");
        var report = Evaluator.Score(Gold(DocA), b.Build());
        Assert.True(report.Documents.Single().Found);
        Assert.Equal(1, report[EvaluationCategory.Entities].TruePositives);
    }

    [Fact]
    public void A_missing_document_leaves_everything_missed()
    {
        var report = Evaluator.Score(Gold(DocA), new SnapshotBuilder().Build());
        Assert.False(report.Documents.Single().Found);
        Assert.Equal(new CategoryScore(0, 0, 4), report[EvaluationCategory.Entities]);
        Assert.Equal(new CategoryScore(0, 0, 3), report[EvaluationCategory.EventRoles]);
        Assert.Equal(0.0, report[EvaluationCategory.Events].F1);
    }

    [Fact]
    public void Offices_compare_title_acting_and_holder()
    {
        var (b, doc, _) = PerfectA();
        var pashinyan = FactIds.ForNode(NodeKind.Person, "Nikol Pashinyan");
        var armenia = FactIds.ForNode(NodeKind.State, "Armenia");
        b.Relation(doc, RelationType.HoldsOffice, pashinyan, armenia, "Prime Minister of Armenia"); // not acting: wrong
        var s = Evaluator.Score(Gold(DocA), b.Build())[EvaluationCategory.Offices];
        Assert.Equal(new CategoryScore(1, 1, 0), s);
    }

    [Fact]
    public void Office_titles_drop_acting_and_the_trailing_of_clause()
    {
        var names = new HashSet<string> { "armenia" };
        Assert.Equal(("prime minister", true), OfficeTitles.Split("Acting Prime Minister of Armenia", names));
        Assert.Equal(("prime minister", false), OfficeTitles.Split("Prime Minister", names));
        Assert.Equal(("minister of foreign affairs", false), OfficeTitles.Split("Minister of Foreign Affairs", names));
    }

    [Fact]
    public void A_release_typed_where_gold_says_exchange_keeps_its_roles_but_misses_the_event()
    {
        var b = new SnapshotBuilder();
        var doc = b.Document("a.txt", "Document A");
        var armenia = b.Entity(doc, NodeKind.State, "Armenia");
        var azerbaijan = b.Entity(doc, NodeKind.State, "Azerbaijan");
        var georgia = b.Entity(doc, NodeKind.State, "Georgia");
        var release = b.Event(doc, "release", EventType.PrisonerRelease, TimeRange.Day(new DateOnly(2021, 6, 12)));
        b.Relation(doc, RelationType.ReleasingSide, release, azerbaijan);
        b.Relation(doc, RelationType.ReceivingSide, release, armenia);
        b.Relation(doc, RelationType.Participant, release, georgia); // gold says Mediator
        var report = Evaluator.Score(Gold(DocA), b.Build());
        Assert.Equal(new CategoryScore(0, 1, 1), report[EvaluationCategory.Events]);
        Assert.Equal(new CategoryScore(2, 1, 1), report[EvaluationCategory.EventRoles]);
        Assert.Equal(new CategoryScore(0, 0, 1), report[EvaluationCategory.Quantities]);
    }

    [Fact]
    public void Dates_that_do_not_overlap_rule_a_match_out_and_a_missing_date_only_fails_the_events_category()
    {
        var wrong = Score(TimeRange.Month(2020, 12));
        Assert.Equal(new CategoryScore(0, 1, 1), wrong[EvaluationCategory.Events]);
        Assert.Equal(new CategoryScore(0, 3, 3), wrong[EvaluationCategory.EventRoles]);

        var coarse = Score(TimeRange.Month(2021, 6));
        Assert.Equal(new CategoryScore(1, 0, 0), coarse[EvaluationCategory.Events]);

        var none = Score(null);
        Assert.Equal(new CategoryScore(0, 1, 1), none[EvaluationCategory.Events]);
        Assert.Equal(new CategoryScore(3, 0, 0), none[EvaluationCategory.EventRoles]);

        static EvaluationReport Score(TimeRange? time)
        {
            var b = new SnapshotBuilder();
            var doc = b.Document("a.txt", "Document A");
            var armenia = b.Entity(doc, NodeKind.State, "Armenia");
            var azerbaijan = b.Entity(doc, NodeKind.State, "Azerbaijan");
            var georgia = b.Entity(doc, NodeKind.State, "Georgia");
            var swap = b.Event(doc, "swap", EventType.PrisonerExchange, time);
            b.Relation(doc, RelationType.ReleasingSide, swap, azerbaijan);
            b.Relation(doc, RelationType.ReceivingSide, swap, armenia);
            b.Relation(doc, RelationType.Mediator, swap, georgia);
            return Evaluator.Score(Gold(DocA), b.Build());
        }
    }

    [Fact]
    public void Overlapping_dates_pair_events_of_one_type_even_without_shared_roles_but_undated_events_need_one()
    {
        const string yaml = """
            document: a.txt
            title: Document A
            entities:
              - {name: Armenia, kind: State, quote: q}
              - {name: Azerbaijan, kind: State, quote: q}
            events:
              - {key: war, type: ArmedConflict, name: war, date: 1988..1994, roles: [{role: Participant, entity: Armenia}], quote: q}
              - {key: said, type: Statement, name: said, roles: [{role: Speaker, entity: Armenia}], quote: q}
            """;
        var b = new SnapshotBuilder();
        var doc = b.Document("a.txt", "Document A");
        b.Entity(doc, NodeKind.State, "Armenia");
        var azerbaijan = b.Entity(doc, NodeKind.State, "Azerbaijan");
        var war = b.Event(doc, "war", EventType.ArmedConflict, TimeRange.Year(1990));
        b.Relation(doc, RelationType.Participant, war, azerbaijan);
        var said = b.Event(doc, "said", EventType.Statement, null);
        b.Relation(doc, RelationType.Speaker, said, azerbaijan);
        var report = Evaluator.Score(Gold(yaml), b.Build());
        Assert.Equal(new CategoryScore(1, 1, 1), report[EvaluationCategory.Events]);
        Assert.Equal(new CategoryScore(0, 2, 2), report[EvaluationCategory.EventRoles]);
    }

    [Fact]
    public void Quantities_need_the_same_value_approximation_and_counted_word()
    {
        var gold = new GoldQuantity(200, "Armenian soldiers and civilians", true, null);
        var alignment = Alignment();
        Assert.True(Matches(gold, new Quantity(200, "soldiers", Approximate: true), alignment));
        Assert.False(Matches(gold, new Quantity(200, "soldiers", Approximate: false), alignment));
        Assert.False(Matches(gold, new Quantity(201, "soldiers", Approximate: true), alignment));
        Assert.False(Matches(gold, new Quantity(200, "tanks", Approximate: true), alignment));
        Assert.True(Matches(new GoldQuantity(30000, "casualties", false, null), new Quantity(30000, "casualty"), alignment));
    }

    [Fact]
    public void A_claimed_quantity_needs_the_claimant()
    {
        const string yaml = """
            document: a.txt
            title: Document A
            entities:
              - {name: Armenia, kind: State, quote: q}
              - {name: Azerbaijan, kind: State, quote: q}
            events:
              - key: claim
                type: Statement
                name: claim
                roles: [{role: Speaker, entity: Armenia}]
                quantities: [{value: 200, approximate: true, counted: detainees, claimedBy: Armenia}]
                quote: q
            """;
        foreach (var (claimant, expected) in new[] { ("Armenia", 1), ("Azerbaijan", 0) })
        {
            var b = new SnapshotBuilder();
            var doc = b.Document("a.txt", "Document A");
            var armenia = b.Entity(doc, NodeKind.State, "Armenia");
            b.Entity(doc, NodeKind.State, "Azerbaijan");
            var claimedBy = FactIds.ForNode(NodeKind.State, claimant);
            var ev = b.Event(doc, "claim", EventType.Statement, null, new Quantity(200, "detainees", true, null, claimedBy));
            b.Relation(doc, RelationType.Speaker, ev, armenia);
            var s = Evaluator.Score(Gold(yaml), b.Build())[EvaluationCategory.Quantities];
            Assert.Equal(expected, s.TruePositives);
            Assert.Equal(1 - expected, s.FalseNegatives);
        }
    }

    [Fact]
    public void One_predicted_event_for_both_reports_is_a_right_merge()
    {
        var (b, _, swap) = PerfectA();
        var docB = b.Document("b.txt", "Document B");
        b.Entity(docB, NodeKind.State, "Armenia");
        var azerbaijan = b.Entity(docB, NodeKind.State, "Azerbaijan");
        b.Event(docB, "swap", EventType.PrisonerExchange, null, new Quantity(15, "prisoners of war"));
        b.Relation(docB, RelationType.ReleasingSide, swap, azerbaijan);
        var report = Evaluator.Score(Gold(DocA, DocB), b.Build());
        Assert.Equal(new CategoryScore(1, 0, 0), report[EvaluationCategory.Merges]);
        // Each document's quantity is scored where it is stated; the other document's is neutral, not spurious.
        Assert.Equal(new CategoryScore(2, 0, 0), report[EvaluationCategory.Quantities]);
        Assert.Equal(1.0, report[EvaluationCategory.EventRoles].F1);
    }

    [Fact]
    public void Two_predicted_events_for_one_real_event_is_a_missed_merge()
    {
        var (b, _, _) = PerfectA();
        var docB = b.Document("b.txt", "Document B");
        b.Entity(docB, NodeKind.State, "Armenia");
        var azerbaijan = b.Entity(docB, NodeKind.State, "Azerbaijan");
        var second = b.Event(docB, "swap-b", EventType.PrisonerExchange, null, new Quantity(15, "prisoners of war"));
        b.Relation(docB, RelationType.ReleasingSide, second, azerbaijan);
        var report = Evaluator.Score(Gold(DocA, DocB), b.Build());
        Assert.Equal(new CategoryScore(0, 0, 1), report[EvaluationCategory.Merges]);
        Assert.Contains(report.MergeMistakes, m => m.Contains("[swap]"));
    }

    [Fact]
    public void Merging_two_different_real_events_is_a_spurious_merge()
    {
        const string docC = """
            document: c.txt
            title: Document C
            entities:
              - {name: Armenia, kind: State, quote: q}
            events:
              - key: other
                type: PrisonerRelease
                name: another release
                roles: [{role: ReceivingSide, entity: Armenia}]
                quote: q
            """;
        var (b, _, swap) = PerfectA();
        var docCId = b.Document("c.txt", "Document C");
        var armenia = b.Entity(docCId, NodeKind.State, "Armenia");
        b.Relation(docCId, RelationType.ReceivingSide, swap, armenia);
        var report = Evaluator.Score(Gold(DocA, docC), b.Build());
        Assert.Equal(new CategoryScore(0, 1, 0), report[EvaluationCategory.Merges]);
    }

    [Fact]
    public void Otherwise_equal_events_are_told_apart_by_the_sentence_their_evidence_cites()
    {
        const string yaml = """
            document: a.txt
            title: Document A
            entities:
              - {name: Armenia, kind: State, quote: q}
            events:
              - {key: claim, type: Statement, name: claim, roles: [{role: Speaker, entity: Armenia}], quote: Armenia claims that about 200 are detained}
              - {key: denial, type: Statement, name: denial, roles: [{role: Speaker, entity: Armenia}], quote: Armenia has denied the existence of mine maps}
            """;
        var b = new SnapshotBuilder();
        var doc = b.Document("a.txt", "Document A");
        var armenia = b.Entity(doc, NodeKind.State, "Armenia");
        b.Sentence = "Meanwhile Armenia has denied the existence of mine maps.";
        var first = b.Event(doc, "a-first", EventType.Statement, null);
        b.Relation(doc, RelationType.Speaker, first, armenia);
        b.Sentence = "Armenia claims that about 200 are detained.";
        var second = b.Event(doc, "b-second", EventType.Statement, null);
        b.Relation(doc, RelationType.Speaker, second, armenia);
        var scorer = new DocumentScorer(GoldSet.Parse(yaml, "a.yaml"), new SnapshotIndex(b.Build()));
        Assert.Equal(second, scorer.EventMatches[0]);
        Assert.Equal(first, scorer.EventMatches[1]);
    }

    [Fact]
    public void Structural_relations_treat_part_of_and_located_in_as_one_family()
    {
        var b = new SnapshotBuilder();
        var doc = b.Document("a.txt", "Document A");
        var armenia = b.Entity(doc, NodeKind.State, "Armenia");
        var georgia = b.Entity(doc, NodeKind.State, "Georgia");
        b.Relation(doc, RelationType.PartOf, georgia, armenia);
        b.Relation(doc, RelationType.Leads, armenia, georgia);
        Assert.Equal(new CategoryScore(1, 1, 0), Evaluator.Score(Gold(DocA), b.Build())[EvaluationCategory.Relations]);
    }

    [Fact]
    public void Totals_are_micro_averaged_over_documents()
    {
        var b = new SnapshotBuilder();
        var a = b.Document("a.txt", "Document A");
        var bb = b.Document("b.txt", "Document B");
        b.Entity(a, NodeKind.State, "Armenia");
        b.Entity(bb, NodeKind.State, "Armenia");
        b.Entity(bb, NodeKind.State, "Azerbaijan");
        var report = Evaluator.Score(Gold(DocA, DocB), b.Build());
        Assert.Equal(new CategoryScore(1, 0, 3), report.Documents[0][EvaluationCategory.Entities]);
        Assert.Equal(new CategoryScore(2, 0, 0), report.Documents[1][EvaluationCategory.Entities]);
        Assert.Equal(new CategoryScore(3, 0, 3), report[EvaluationCategory.Entities]);
        Assert.Equal(0.5, report[EvaluationCategory.Entities].Recall);
    }

    [Fact]
    public void The_table_has_a_header_and_a_line_per_category()
    {
        var table = Evaluator.Score(Gold(DocA), PerfectA().Builder.Build()).ToTable();
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(1 + Enum.GetValues<EvaluationCategory>().Length, lines.Length);
        Assert.Matches(@"^category\s+P\s+R\s+F1\s+tp\s+fp\s+fn$", lines[0]);
        Assert.Matches(@"^entities\s+1\.000\s+1\.000\s+1\.000\s+4\s+0\s+0$", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("event-roles ", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_categories_score_one_and_nothing_found_scores_zero()
    {
        Assert.Equal(1.0, CategoryScore.Zero.F1);
        Assert.Equal(0.0, new CategoryScore(0, 2, 3).F1);
        Assert.Equal(1.0, new CategoryScore(0, 0, 3).Precision);
        Assert.Equal(1.0, new CategoryScore(0, 3, 0).Recall);
    }

    private static EntityAlignment Alignment() =>
        new(GoldSet.Parse(DocA, "a.yaml"), new SnapshotIndex(new SnapshotBuilder().Build()), new Dictionary<string, string>());

    private static bool Matches(GoldQuantity gold, Quantity predicted, EntityAlignment alignment) =>
        DocumentScorer.QuantityMatches(gold, predicted, alignment);
}
