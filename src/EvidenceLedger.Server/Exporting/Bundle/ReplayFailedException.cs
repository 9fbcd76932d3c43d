namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>An exported event the domain's view builders cannot replay: which stream, which version, and why.</summary>
public sealed class ReplayFailedException : Exception
{
    public ReplayFailedException(string streamId, long version, string reason, Exception? inner = null)
        : base($"Event version {version} of {streamId} cannot be replayed: {reason}", inner)
    {
        StreamId = streamId;
        Version = version;
        Reason = reason;
    }

    public string StreamId { get; }

    public long Version { get; }

    public string Reason { get; }
}
