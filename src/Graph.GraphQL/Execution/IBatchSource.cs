namespace Graph.GraphQL.Execution;

/// <summary>What the executor needs of a data loader, whatever its key and value types.</summary>
internal interface IBatchSource
{
    /// <summary>The name the loader was registered under.</summary>
    string Name { get; }

    /// <summary>True when keys were requested that no fetch has been started for.</summary>
    bool HasQueuedKeys { get; }

    /// <summary>Registers what to call when the first key of a new batch is queued.</summary>
    void OnKeysQueued(Action notify);

    /// <summary>Starts fetch calls for every queued key (more than one when a batch size limit applies).</summary>
    IReadOnlyList<PendingBatch> StartBatches(CancellationToken cancellationToken);
}
