using Graph.GraphQL;
using Graph.GraphQL.Types;
using Graph.Ingestion;
using Graph.Model;

namespace Graph.Server.Api;

/// <summary>
/// Turns the errors resolvers may meet into GraphQL errors a client can act on: the graph's own typed errors keep their
/// message and carry their code in extensions (NOT_FOUND, INVALID_INPUT, DOCUMENT_IS_HTML, BAD_USER_INPUT...). Anything
/// else is logged here and reaches the client only as the engine's generic message, never its text or stack.
/// </summary>
public static class ResolverErrors
{
    public static FieldResolver Guard(FieldResolver inner, ILogger logger) => async ctx =>
    {
        try
        {
            return await inner(ctx);
        }
        catch (GraphQLError)
        {
            throw;
        }
        catch (GraphStoreException e) when (e is StoreUnavailableException)
        {
            logger.LogError(e, "The store failed while resolving {Field}", ctx.ToString());
            throw Coded("The graph store is not available right now; try again later.", e.Code, e);
        }
        catch (GraphStoreException e)
        {
            throw Coded(e.Message, e.Code, e);
        }
        catch (DocumentRejectedException e)
        {
            throw Coded(e.Message, e.Code, e);
        }
        catch (ApiInputException e)
        {
            throw Coded(e.Message, ApiInputException.Code, e);
        }
        catch (OperationCanceledException) when (ctx.CancellationToken.IsCancellationRequested)
        {
            throw Coded("The request was cancelled or took longer than its time limit.", "TIMEOUT", null);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Unexpected error while resolving {Field}", ctx.ToString());
            throw;
        }
    };

    private static GraphQLError Coded(string message, string code, Exception? inner) =>
        new(message, originalError: inner, extensions: new Dictionary<string, object?> { ["code"] = code });
}
