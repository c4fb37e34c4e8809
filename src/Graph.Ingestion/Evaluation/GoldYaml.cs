namespace Graph.Ingestion.Evaluation;

// The shape of a gold file as YAML (camelCase keys). Kept apart from the records the scorer works with so that the
// loader can check every field and report all problems at once. See tests/Graph.Ingestion.Tests/Gold/README.md.

internal sealed class GoldFileYaml
{
    public string? Document { get; set; }
    public string? Title { get; set; }
    public List<GoldEntityYaml>? Entities { get; set; }
    public List<GoldOfficeYaml>? Offices { get; set; }
    public List<GoldEventYaml>? Events { get; set; }
    public List<GoldRelationYaml>? Relations { get; set; }
}

internal sealed class GoldEntityYaml
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Subtype { get; set; }
    public string? Quote { get; set; }
    public string? Note { get; set; }
}

internal sealed class GoldOfficeYaml
{
    public string? Person { get; set; }
    public string? Title { get; set; }
    public List<string>? TitleAliases { get; set; }
    public string? Of { get; set; }
    public bool Acting { get; set; }
    public string? Time { get; set; }
    public string? Quote { get; set; }
    public string? Note { get; set; }
}

internal sealed class GoldEventYaml
{
    public string? Key { get; set; }
    public string? Type { get; set; }
    public string? Name { get; set; }
    public string? Date { get; set; }
    public string? Precision { get; set; }
    public bool Inferred { get; set; }
    public List<GoldRoleYaml>? Roles { get; set; }
    public List<GoldQuantityYaml>? Quantities { get; set; }
    public string? Quote { get; set; }
    public string? Note { get; set; }
}

internal sealed class GoldRoleYaml
{
    public string? Role { get; set; }
    public string? Entity { get; set; }
    public string? Note { get; set; }
}

internal sealed class GoldQuantityYaml
{
    public double? Value { get; set; }
    public string? Counted { get; set; }
    public bool Approximate { get; set; }
    public string? ClaimedBy { get; set; }
    public string? Note { get; set; }
}

internal sealed class GoldRelationYaml
{
    public string? Type { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Quote { get; set; }
    public string? Note { get; set; }
}
