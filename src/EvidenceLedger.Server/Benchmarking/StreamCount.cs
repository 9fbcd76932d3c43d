namespace EvidenceLedger.Server.Benchmarking;

/// <summary>A stream's events as <see cref="StreamCountsProjection"/> counted them, and the last version it saw.</summary>
public sealed class StreamCount
{
    /// <summary>The stream's key.</summary>
    public string Id { get; set; } = string.Empty;

    public long Events { get; set; }

    public long LastVersion { get; set; }
}
