namespace Graph.GraphQL.Execution;

/// <summary>
/// Shared boxes for booleans and small integers, so that reading an <see cref="int"/> or <see cref="bool"/> member of
/// a .NET parent value (years, counts, flags) does not allocate a new box for every field.
/// </summary>
internal static class BoxedValues
{
    private const int Lowest = -256;
    private const int Highest = 4095;
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] Integers = CreateIntegers();

    /// <summary>A box holding <paramref name="value"/>, shared when the value is small.</summary>
    public static object Int(int value) => value is >= Lowest and <= Highest ? Integers[value - Lowest] : value;

    /// <summary>A box holding <paramref name="value"/>, or null.</summary>
    public static object? NullableInt(int? value) => value is { } known ? Int(known) : null;

    /// <summary>The shared box of <paramref name="value"/>.</summary>
    public static object Bool(bool value) => value ? True : False;

    /// <summary>The shared box of <paramref name="value"/>, or null.</summary>
    public static object? NullableBool(bool? value) => value is { } known ? Bool(known) : null;

    private static object[] CreateIntegers()
    {
        var boxes = new object[Highest - Lowest + 1];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = i + Lowest;
        }

        return boxes;
    }
}
