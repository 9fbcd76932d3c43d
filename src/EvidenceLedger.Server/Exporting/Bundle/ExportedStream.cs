namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>The content of <c>streams/{streamId}.json</c>: a stream's events from version 1, in order.</summary>
/// <param name="HashEncoding">Always <c>hex</c> (chain hashes).</param>
/// <param name="ProofEncoding">Always <c>base64</c> (Merkle proof hashes, as in the checkpoint).</param>
public sealed record ExportedStream(string StreamId, string HashEncoding, string ProofEncoding, IReadOnlyList<ExportedEvent> Events)
{
    public static ExportedStream Of(string streamId, IReadOnlyList<ExportedEvent> events) => new(streamId, "hex", "base64", events);
}
