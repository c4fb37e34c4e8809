namespace Graph.Store.Sqlite.Writes;

/// <summary>Points inside a document write where tests can inject a failure to prove the write is all or nothing.</summary>
internal enum WriteStage
{
    AfterWithdrawal,
    AfterDocument,
    AfterEntities,
    AfterEvents,
    AfterRelations,
}
