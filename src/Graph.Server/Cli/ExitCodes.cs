namespace Graph.Server.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Some input was refused (e.g. a document rejected); what was valid was still processed.</summary>
    public const int SomeFailed = 1;
    /// <summary>The command line or configuration is wrong.</summary>
    public const int Usage = 2;
    /// <summary>The store could not be reached or failed.</summary>
    public const int StoreFailure = 3;
    /// <summary>The evaluation ran but a quality gate was not met (eval --min-*).</summary>
    public const int GateFailed = 4;
}
