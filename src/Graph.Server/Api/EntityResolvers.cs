using Graph.GraphQL.Types;
using Graph.Model;

namespace Graph.Server.Api;

/// <summary>Fields of Person, State, Organization and Place.</summary>
public static class EntityResolvers
{
    public static readonly string[] EntityTypes = ["Person", "State", "Organization", "Place"];

    public static void Register(ResolverMap map)
    {
        foreach (var type in EntityTypes)
        {
            map.Add(type, "evidence", async ctx => await ctx.Evidence(((Entity)ctx.Source!).Id));
            map.Add(type, "sources", async ctx => await ctx.Sources(((Entity)ctx.Source!).Id));
            map.Add(type, "relations", async ctx =>
            {
                var entity = (Entity)ctx.Source!;
                var direction = ctx.Enum<Direction>("direction") ?? Direction.Both;
                return await ctx.Relations(entity.Id, ctx.EnumList<RelationType>("types"), direction);
            });
            map.Add(type, "events", async ctx =>
            {
                var entity = (Entity)ctx.Source!;
                var roles = ctx.EnumList<RelationType>("roles") ?? RelationTypes.EventRoles;
                var types = ctx.EnumList<EventType>("types");
                var first = ctx.Int("first", 50, 0, 500);
                var relations = await ctx.Relations(entity.Id, roles, Direction.Incoming);
                var events = await ctx.Nodes(relations.Select(r => r.From));
                var byId = events.OfType<Event>().ToDictionary(e => e.Id, StringComparer.Ordinal);
                return relations
                    .Where(r => byId.TryGetValue(r.From, out var e) && (types is null || types.Contains(e.Type)))
                    .OrderBy(r => byId[r.From].Time?.Start ?? DateOnly.MaxValue)
                    .ThenBy(r => r.From, StringComparer.Ordinal)
                    .Take(first)
                    .Select(r => new EventRoleView(r))
                    .ToArray();
            });
        }

        map.Add("Person", "offices", async ctx =>
            (await ctx.Relations(((Entity)ctx.Source!).Id, [RelationType.HoldsOffice], Direction.Outgoing))
                .Select(r => new OfficeView(r)).ToArray());
        foreach (var type in new[] { "State", "Organization" })
        {
            map.Add(type, "officials", async ctx =>
                (await ctx.Relations(((Entity)ctx.Source!).Id, [RelationType.HoldsOffice], Direction.Incoming))
                    .Select(r => new OfficeView(r)).ToArray());
        }
        map.Add("Organization", "members", async ctx =>
            await ctx.Relations(((Entity)ctx.Source!).Id, [RelationType.MemberOf, RelationType.CoChairs], Direction.Incoming));

        map.Add("Office", "person", async ctx => await ctx.Node(((OfficeView)ctx.Source!).Relation.From));
        map.Add("Office", "title", ctx => ((OfficeView)ctx.Source!).Relation.Role);
        map.Add("Office", "of", async ctx => await ctx.Node(((OfficeView)ctx.Source!).Relation.To));
        map.Add("Office", "time", ctx => ((OfficeView)ctx.Source!).Relation.Time);
        map.Add("Office", "relation", ctx => ((OfficeView)ctx.Source!).Relation);
    }
}
