using Graph.GraphQL.Types;
using Graph.Model;

namespace Graph.Server.Api;

/// <summary>Fields of Event, EventRole, Quantity and Relation.</summary>
public static class EventResolvers
{
    private static readonly RelationType[] MediatorRoles = [RelationType.Mediator, RelationType.Broker];

    public static void Register(ResolverMap map)
    {
        map.Add("Event", "cameoCode", ctx => ((Event)ctx.Source!).Type.CameoCode() is { Length: > 0 } code ? code : null);
        map.Add("Event", "roles", async ctx =>
        {
            var ev = (Event)ctx.Source!;
            var roles = ctx.EnumList<RelationType>("roles") ?? RelationTypes.EventRoles;
            return (await ctx.Relations(ev.Id, roles, Direction.Outgoing)).Select(r => new EventRoleView(r)).ToArray();
        });
        map.Add("Event", "mediators", async ctx =>
        {
            var relations = await ctx.Relations(((Event)ctx.Source!).Id, MediatorRoles, Direction.Outgoing);
            return await ctx.Nodes(relations.Select(r => r.To));
        });
        map.Add("Event", "location", async ctx =>
        {
            var relations = await ctx.Relations(((Event)ctx.Source!).Id, [RelationType.Location], Direction.Outgoing);
            return await ctx.Nodes(relations.Select(r => r.To));
        });
        map.Add("Event", "evidence", async ctx => await ctx.Evidence(((Event)ctx.Source!).Id));
        map.Add("Event", "sources", async ctx => await ctx.Sources(((Event)ctx.Source!).Id));

        map.Add("EventRole", "role", ctx => ((EventRoleView)ctx.Source!).Relation.Type);
        map.Add("EventRole", "entity", async ctx => await ctx.Node(((EventRoleView)ctx.Source!).Relation.To));
        map.Add("EventRole", "event", async ctx => await ctx.Node(((EventRoleView)ctx.Source!).Relation.From));
        map.Add("EventRole", "relation", ctx => ((EventRoleView)ctx.Source!).Relation);

        map.Add("Quantity", "claimedBy", async ctx =>
            ((Quantity)ctx.Source!).ClaimedBy is { } id ? await ctx.Node(id) : null);

        map.Add("Relation", "from", async ctx => await ctx.Node(((Relation)ctx.Source!).From));
        map.Add("Relation", "to", async ctx => await ctx.Node(((Relation)ctx.Source!).To));
        map.Add("Relation", "evidence", async ctx => await ctx.Evidence(((Relation)ctx.Source!).Id));
        map.Add("Relation", "sources", async ctx => await ctx.Sources(((Relation)ctx.Source!).Id));

        map.Add("Evidence", "document", async ctx => await ctx.Document(((Evidence)ctx.Source!).DocumentId));

        map.Add("Document", "text", async ctx =>
            (await ctx.Document(((DocumentRecord)ctx.Source!).Id, withText: true))?.Text ?? "");
    }
}
