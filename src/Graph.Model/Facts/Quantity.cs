namespace Graph.Model;

/// <summary>A number attached to what it counts: "about 200 Armenian soldiers and civilians".</summary>
public sealed record Quantity(
    double Value,
    string Counted,
    bool Approximate = false,
    string? Text = null,
    /// <summary>The entity whose claim or count this is, when the text says ("Armenia says about 200").</summary>
    string? ClaimedBy = null);
