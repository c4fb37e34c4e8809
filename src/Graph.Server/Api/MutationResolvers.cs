using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;
using Graph.Ingestion;
using Graph.Model;

namespace Graph.Server.Api;

/// <summary>The fields of Mutation: loading a document and curating the graph. The HTTP layer has already checked
/// the API key before any of these runs.</summary>
public static class MutationResolvers
{
    public static void Register(ResolverMap map)
    {
        map.Add("Mutation", "ingestDocument", async ctx =>
        {
            var input = ctx.Input("input") ?? throw new ApiInputException("Argument 'input' is required.");
            var document = new DocumentInput
            {
                Text = input.GetValueOrDefault("text")?.ToString(),
                Title = input.GetValueOrDefault("title")?.ToString(),
                Publisher = input.GetValueOrDefault("publisher")?.ToString(),
                Author = input.GetValueOrDefault("author")?.ToString(),
                Url = input.GetValueOrDefault("url")?.ToString(),
                PublishedAt = input.GetValueOrDefault("publishedAt") switch
                {
                    null => null,
                    DateTimeOffset d => d,
                    DateTime d => new DateTimeOffset(d, TimeSpan.Zero),
                    var other => DateTimeOffset.Parse(other.ToString()!, System.Globalization.CultureInfo.InvariantCulture),
                },
            };
            var graph = ctx.Graph();
            var outcome = await graph.Ingestion.IngestAsync(document, ctx.CancellationToken);
            if (outcome.Apply.Status != ApplyStatus.Unchanged) graph.Written();
            return new IngestResultView(outcome.Apply, outcome.Warnings);
        });
        map.Add("IngestResult", "document", async ctx => await ctx.Document(((IngestResultView)ctx.Source!).Result.DocumentId));
        map.Add("IngestResult", "status", ctx => ((IngestResultView)ctx.Source!).Result.Status.ToString().ToUpperInvariant());
        map.Add("IngestResult", "entitiesCreated", ctx => ((IngestResultView)ctx.Source!).Result.EntitiesCreated);
        map.Add("IngestResult", "entitiesMerged", ctx => ((IngestResultView)ctx.Source!).Result.EntitiesMerged);
        map.Add("IngestResult", "eventsCreated", ctx => ((IngestResultView)ctx.Source!).Result.EventsCreated);
        map.Add("IngestResult", "eventsMerged", ctx => ((IngestResultView)ctx.Source!).Result.EventsMerged);
        map.Add("IngestResult", "relationsCreated", ctx => ((IngestResultView)ctx.Source!).Result.RelationsCreated);
        map.Add("IngestResult", "relationsMerged", ctx => ((IngestResultView)ctx.Source!).Result.RelationsMerged);

        map.Add("Mutation", "mergeEntities", async ctx =>
        {
            var graph = ctx.Graph();
            var node = await graph.Store.MergeNodesAsync(ctx.RequiredString("survivor"), ctx.RequiredString("merged"), Curation(ctx), ctx.CancellationToken);
            graph.Written();
            return node as Entity ?? throw new ApiInputException("Only entities can be merged through mergeEntities.");
        });
        map.Add("Mutation", "addAlias", async ctx =>
        {
            var graph = ctx.Graph();
            var entity = await graph.Store.AddAliasAsync(ctx.RequiredString("entity"), ctx.RequiredString("alias"), Curation(ctx), ctx.CancellationToken);
            graph.Written();
            return entity;
        });
        map.Add("Mutation", "retractFact", async ctx =>
        {
            var graph = ctx.Graph();
            var id = ctx.RequiredString("id");
            await graph.Store.RetractFactAsync(id, Curation(ctx), ctx.CancellationToken);
            graph.Written();
            var records = await graph.Store.GetCurationsAsync(id, ctx.CancellationToken);
            return records.Where(r => r.Action == CurationAction.RetractFact).MaxBy(r => r.Sequence);
        });
        map.Add("CurationRecord", "action", ctx => EnumNames.ToGraphQL(((CurationRecord)ctx.Source!).Action));
        map.Add("CurationRecord", "sequence", ctx => (int)((CurationRecord)ctx.Source!).Sequence);
    }

    private static Curation Curation(ResolveContext ctx)
    {
        var input = ctx.Input("curation") ?? throw new ApiInputException("Argument 'curation' is required.");
        var actor = input.GetValueOrDefault("actor")?.ToString();
        return new Curation(string.IsNullOrWhiteSpace(actor) ? "api" : actor, input.GetValueOrDefault("reason")?.ToString() ?? "");
    }
}
