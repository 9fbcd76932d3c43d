using Microsoft.Extensions.Logging;

namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>Where a private PostgreSQL cluster lives and how it runs.</summary>
public sealed class EmbeddedClusterOptions
{
    /// <summary>Holds the cluster (<c>postgres/</c>), its log, its secrets and its lock files.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>
    /// False turns off fsync, synchronous_commit and full_page_writes: fast, and only for data that may be lost
    /// (tests). It applies when this process starts the cluster; an attaching process gets whatever is running.
    /// </summary>
    public bool Durable { get; init; } = true;

    public ILogger? Logger { get; init; }

    /// <summary>
    /// The directory holding initdb, pg_ctl and postgres. When null: <c>LEDGER_PG_BIN</c>, then the newest
    /// <c>/usr/lib/postgresql/*/bin</c>, then PATH.
    /// </summary>
    public string? BinDirectory { get; init; }
}
