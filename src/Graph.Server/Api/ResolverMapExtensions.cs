using Graph.GraphQL.Execution;
using Graph.GraphQL.Types;

namespace Graph.Server.Api;

public static class ResolverMapExtensions
{
    /// <summary>Registers a resolver that answers synchronously.</summary>
    public static ResolverMap Add(this ResolverMap map, string type, string field, Func<ResolveContext, object?> resolver) =>
        map.Add(type + "." + field, resolver);
}
