namespace Graph.Ingestion.Recognizers;

/// <summary>A number and what it counts: "about 200 Armenian soldiers and civilians".</summary>
public sealed class QuantityMention
{
    public int Sentence;
    public int TokenStart;
    public int TokenEnd;
    public int Start;
    public int End;
    public double Value;
    public bool Approximate;
    /// <summary>What is counted, as written ("Armenian military detainees", "anti-tank and anti-personnel land mines").</summary>
    public required string Counted;
    public int CountedStart;
    public int CountedEnd;
    public required string Text;
    /// <summary>The entity whose claim this number is ("Armenia claims that about 200…"), set by the event stage.</summary>
    public DocEntity? ClaimedBy;
    public bool Attached;

    public override string ToString() => $"{Value}{(Approximate ? "~" : "")} {Counted}";
}
