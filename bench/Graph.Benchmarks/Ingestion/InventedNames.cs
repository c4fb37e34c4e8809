namespace Graph.Benchmarks.Ingestion;

/// <summary>
/// Plausible but invented names built from syllables: given names, family names with the endings of a naming
/// tradition (chosen from the person's state), and names of villages. No name is taken from the seed documents.
/// </summary>
public static class InventedNames
{
    private static readonly string[] GivenStarts =
        ["Ar", "Ta", "Ga", "Ve", "Ser", "Ru", "Na", "Lu", "Mar", "Da", "El", "Ka", "Ro", "Sa", "Il", "Vi", "Ha", "Le", "Mi", "O", "Fa", "Zu", "Be", "An"];

    private static readonly string[] GivenEnds =
        ["men", "gran", "rik", "zen", "sine", "ine", "ak", "tan", "vid", "lan", "mir", "ra", "na", "sel", "dor", "lia", "rat", "ko", "nis", "vin", "ria", "han"];

    private static readonly string[] FamilyStems =
        ["Ham", "Dal", "Sark", "Vard", "Kar", "Mel", "Tor", "Hus", "Ram", "Ag", "Bez", "Gor", "Kel", "Nal", "Ost", "Pet", "Rus", "Sul", "Tam", "Zar",
         "Ber", "Dav", "Fer", "Gul", "Jav", "Lom", "Mam", "Nor", "Sav", "Vel"];

    private static readonly string[] FamilyMiddles = ["", "", "a", "i", "e", "o", "ar", "el", "in", "ur"];

    private static readonly string[] VillageParts =
        ["Tash", "Kor", "Ver", "Ara", "Dash", "Kal", "Mets", "Nor", "Sar", "Yel", "Chay", "Kyz", "Bagh", "Gol", "Karm", "Shen", "Tal", "Zor"];

    private static readonly string[] VillageEnds = ["kend", "avan", "ashen", "li", "ly", "lu", "dzor", "abad", "ovka", "pur", "dere", "kar"];

    /// <summary>Family-name endings by the state's name; states not listed use <see cref="GenericEndings"/>.</summary>
    private static readonly Dictionary<string, string[]> EndingsByState = new(StringComparer.Ordinal)
    {
        ["Armenia"] = ["yan", "yan", "ian", "unts"],
        ["Azerbaijan"] = ["ov", "ova", "li", "zade", "bayli"],
        ["Georgia"] = ["shvili", "adze", "ia", "ava"],
        ["Russia"] = ["ov", "in", "sky", "ikov"],
        ["Ukraine"] = ["enko", "chuk", "iv", "ets"],
        ["Turkey"] = ["oğlu", "er", "kaya", "türk"],
        ["Iran"] = ["i", "zadeh", "pour", "nejad"],
        ["Serbia"] = ["ić", "ović", "ević"],
        ["Israel"] = ["stein", "berg", "el"],
        ["Palestine"] = ["ani", "i", "eh"],
    };

    private static readonly string[] GenericEndings = ["son", "mann", "er", "ez", "ini", "berg", "ard", "sen", "ley", "ou"];

    public static string Given(Random r) => GivenStarts[r.Next(GivenStarts.Length)] + GivenEnds[r.Next(GivenEnds.Length)];

    public static string Family(Random r, string stateName)
    {
        var endings = EndingsByState.GetValueOrDefault(stateName) ?? GenericEndings;
        return FamilyStems[r.Next(FamilyStems.Length)] + FamilyMiddles[r.Next(FamilyMiddles.Length)] + endings[r.Next(endings.Length)];
    }

    public static string Village(Random r) => VillageParts[r.Next(VillageParts.Length)] + VillageEnds[r.Next(VillageEnds.Length)];

    /// <summary>A capitalized word of two or three syllables, for invented commissions, outlets and teaser titles.</summary>
    public static string Word(Random r)
    {
        var w = FamilyStems[r.Next(FamilyStems.Length)] + FamilyMiddles[r.Next(FamilyMiddles.Length)];
        return w + VillageEnds[r.Next(VillageEnds.Length)];
    }
}
