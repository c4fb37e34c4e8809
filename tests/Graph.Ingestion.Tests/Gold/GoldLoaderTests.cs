using Graph.Ingestion.Evaluation;
using Graph.Model;

namespace Graph.Ingestion.Tests.Gold;

/// <summary>The gold loader reads the documented format and rejects malformed files with every problem listed.</summary>
public sealed class GoldLoaderTests
{
    private const string Valid = """
        document: a.txt
        title: A
        entities:
          - {name: Armenia, kind: State, aliases: [Armenian], quote: "Armenia"}
          - {name: Nikol Pashinyan, kind: Person, quote: "Pashinyan"}
          - {name: Agdam, kind: Place, quote: "Agdam"}
        offices:
          - {person: Nikol Pashinyan, title: Prime Minister, of: Armenia, acting: true, time: 2021-06, quote: "q"}
        events:
          - key: k1
            type: PrisonerRelease
            name: release
            date: 2016-04-01..2016-04-10
            precision: PartOfMonth
            roles:
              - {role: ReceivingSide, entity: Armenia}
              - {role: Location, entity: Agdam}
            quantities:
              - {value: 4, counted: captives, approximate: true, claimedBy: Armenia}
            quote: "q"
        relations:
          - {type: PartOf, from: Agdam, to: Armenia, quote: "q"}
        """;

    [Fact]
    public void Reads_every_section_of_a_valid_file()
    {
        var doc = GoldSet.Parse(Valid, "a.yaml");
        Assert.Equal("a.txt", doc.File);
        Assert.Equal(3, doc.Entities.Count);
        Assert.Contains("armenian", doc.Entity("Armenia").Keys);
        var office = Assert.Single(doc.Offices);
        Assert.True(office.Acting);
        Assert.Equal(TimeRange.Month(2021, 6), office.Time! with { Text = null });
        var ev = Assert.Single(doc.Events);
        Assert.Equal(EventType.PrisonerRelease, ev.Type);
        Assert.Equal(new DateOnly(2016, 4, 1), ev.Time!.Start);
        Assert.Equal(new DateOnly(2016, 4, 10), ev.Time.End);
        Assert.Equal(DatePrecision.PartOfMonth, ev.Time.Precision);
        Assert.Equal([new GoldRole(RelationType.ReceivingSide, "Armenia"), new GoldRole(RelationType.Location, "Agdam")], ev.Roles);
        Assert.Equal(new GoldQuantity(4, "captives", true, "Armenia"), Assert.Single(ev.Quantities));
        Assert.Equal(RelationType.PartOf, Assert.Single(doc.Relations).Type);
    }

    [Theory]
    [InlineData("1994", 1994, 1, 1, 1994, 12, 31, DatePrecision.Year)]
    [InlineData("2020-11", 2020, 11, 1, 2020, 11, 30, DatePrecision.Month)]
    [InlineData("2021-06-12", 2021, 6, 12, 2021, 6, 12, DatePrecision.Day)]
    [InlineData("1988..1994", 1988, 1, 1, 1994, 12, 31, DatePrecision.Year)]
    [InlineData("2020-09-27..2020-11", 2020, 9, 27, 2020, 11, 30, DatePrecision.Month)]
    public void Dates_take_the_precision_of_their_form(string text, int y1, int m1, int d1, int y2, int m2, int d2, DatePrecision precision)
    {
        Assert.True(GoldDate.TryParse(text, null, false, out var range, out _));
        Assert.Equal(new DateOnly(y1, m1, d1), range!.Start);
        Assert.Equal(new DateOnly(y2, m2, d2), range.End);
        Assert.Equal(precision, range.Precision);
    }

    [Theory]
    [InlineData("June 2021")]
    [InlineData("2021-13")]
    [InlineData("2021..2020")]
    [InlineData("2021-06-31")]
    public void Malformed_dates_are_refused(string text)
    {
        Assert.False(GoldDate.TryParse(text, null, false, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once()
    {
        var yaml = Valid
            .Replace("kind: Place", "kind: Planet")
            .Replace("entity: Armenia}", "entity: Armenie}")
            .Replace("type: PrisonerRelease", "type: Release")
            .Replace("date: 2016-04-01..2016-04-10", "date: April")
            .Replace("type: PartOf", "type: Mediator");
        var e = Assert.Throws<GoldFormatException>(() => GoldSet.Parse(yaml, "bad.yaml"));
        Assert.Contains(e.Problems, p => p.Contains("entities[2].kind") && p.Contains("Planet"));
        Assert.Contains(e.Problems, p => p.Contains("roles[0].entity") && p.Contains("Armenie"));
        Assert.Contains(e.Problems, p => p.Contains("events[0].type") && p.Contains("Release"));
        Assert.Contains(e.Problems, p => p.Contains("events[0].date"));
        Assert.Contains(e.Problems, p => p.Contains("relations[0].type") && p.Contains("not a structural relation"));
        Assert.All(e.Problems, p => Assert.StartsWith("bad.yaml: ", p));
    }

    [Fact]
    public void A_location_must_be_a_place_or_state_and_an_office_holder_a_person()
    {
        var yaml = Valid
            .Replace("{role: Location, entity: Agdam}", "{role: Location, entity: Nikol Pashinyan}")
            .Replace("{person: Nikol Pashinyan,", "{person: Armenia,");
        var e = Assert.Throws<GoldFormatException>(() => GoldSet.Parse(yaml, "bad.yaml"));
        Assert.Contains(e.Problems, p => p.Contains("roles[1].entity") && p.Contains("is a Person"));
        Assert.Contains(e.Problems, p => p.Contains("offices[0].person") && p.Contains("is a State"));
    }

    [Fact]
    public void Unknown_keys_and_broken_yaml_are_refused_with_the_file_named()
    {
        var unknown = Assert.Throws<GoldFormatException>(() => GoldSet.Parse(Valid.Replace("title: A", "title: A\nauthor: me"), "u.yaml"));
        Assert.StartsWith("u.yaml: ", Assert.Single(unknown.Problems));
        var broken = Assert.Throws<GoldFormatException>(() => GoldSet.Parse("entities: [unclosed", "b.yaml"));
        Assert.StartsWith("b.yaml: ", Assert.Single(broken.Problems));
    }

    [Fact]
    public void Duplicate_names_keys_and_roles_are_refused()
    {
        var yaml = Valid
            .Replace("  - {name: Agdam, kind: Place, quote: \"Agdam\"}", "  - {name: Agdam, kind: Place, quote: \"Agdam\"}\n  - {name: Agdam, kind: Place, quote: \"Agdam\"}")
            .Replace("{role: Location, entity: Agdam}", "{role: ReceivingSide, entity: Armenia}");
        var e = Assert.Throws<GoldFormatException>(() => GoldSet.Parse(yaml, "d.yaml"));
        Assert.Contains(e.Problems, p => p.Contains("'Agdam' is annotated twice"));
        Assert.Contains(e.Problems, p => p.Contains("roles[1]") && p.Contains("twice"));
    }

    [Fact]
    public void Loading_a_missing_or_empty_folder_is_a_typed_error()
    {
        Assert.Throws<GoldFormatException>(() => GoldSet.Load(Path.Combine(Path.GetTempPath(), "no-such-gold-" + Guid.NewGuid())));
        var empty = Directory.CreateTempSubdirectory("gold-empty-");
        try
        {
            Assert.Throws<GoldFormatException>(() => GoldSet.Load(empty.FullName));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
