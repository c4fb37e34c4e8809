namespace Graph.Benchmarks.GraphQL;

/// <summary>An author of the generated catalogue (see Workloads/README.md for the formula).</summary>
public sealed class BenchAuthor
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public int? Born { get; init; }

    public required List<BenchBook> Books { get; init; }
}

/// <summary>A book of the generated catalogue.</summary>
public sealed class BenchBook
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public int? Year { get; init; }

    public double? Rating { get; init; }

    public required string Genre { get; init; }

    public required List<BenchReview> Reviews { get; init; }
}

/// <summary>A review of the generated catalogue.</summary>
public sealed class BenchReview
{
    public required string Id { get; init; }

    public int Stars { get; init; }

    public string? Text { get; init; }

    public bool Approved { get; init; }
}

/// <summary>The root value: the list of authors (read by the default resolver) and an index for <c>Query.author</c>.</summary>
public sealed class BenchCatalogue
{
    private static readonly string[] Genres = ["FICTION", "HISTORY", "SCIENCE", "POETRY"];

    private BenchCatalogue(List<BenchAuthor> authors)
    {
        Authors = authors;
        ById = authors.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    public List<BenchAuthor> Authors { get; }

    public IReadOnlyDictionary<string, BenchAuthor> ById { get; }

    /// <summary>The catalogue of Workloads/README.md: 1,000 authors with 2 books of 2 reviews each.</summary>
    public static BenchCatalogue Generate(int authors = 1000, int booksPerAuthor = 2, int reviewsPerBook = 2)
    {
        var list = new List<BenchAuthor>(authors);
        for (var i = 0; i < authors; i++)
        {
            var books = new List<BenchBook>(booksPerAuthor);
            for (var j = 0; j < booksPerAuthor; j++)
            {
                var reviews = new List<BenchReview>(reviewsPerBook);
                for (var k = 0; k < reviewsPerBook; k++)
                {
                    reviews.Add(new BenchReview
                    {
                        Id = $"r{i}-{j}-{k}",
                        Stars = 1 + ((i + j + k) % 5),
                        Text = $"Review {k} of book {i}-{j}",
                        Approved = (i + j + k) % 3 != 0,
                    });
                }

                books.Add(new BenchBook
                {
                    Id = $"b{i}-{j}",
                    Title = $"Book {i}-{j}",
                    Year = 1950 + (((7 * i) + j) % 70),
                    Rating = ((i + j) % 50) / 10.0,
                    Genre = Genres[(i + j) % 4],
                    Reviews = reviews,
                });
            }

            list.Add(new BenchAuthor { Id = $"a{i}", Name = $"Author {i}", Born = 1900 + (i % 100), Books = books });
        }

        return new BenchCatalogue(list);
    }
}
