namespace Graph.GraphQL.Validation.Rules;

/// <summary>
/// Binary insertion sort: stable, and for comparisons that are not a strict total order it places items the way the
/// JavaScript engine graphql-js runs on does for short arrays, so suggestion lists come out in the same order.
/// </summary>
internal static class StableSort
{
    public static void BinaryInsertion<T>(List<T> items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var pivot = items[i];
            var left = 0;
            var right = i;
            while (left < right)
            {
                var middle = left + ((right - left) >> 1);
                if (compare(pivot, items[middle]) < 0)
                {
                    right = middle;
                }
                else
                {
                    left = middle + 1;
                }
            }

            for (var j = i; j > left; j--)
            {
                items[j] = items[j - 1];
            }

            items[left] = pivot;
        }
    }
}
