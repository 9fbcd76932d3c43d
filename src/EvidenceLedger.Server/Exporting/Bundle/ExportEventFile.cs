namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>
/// The content of <c>export-event.json</c>: the ledger's <c>incident_exported</c> event for this bundle, shaped as every
/// event of <c>streams/</c>, with its inclusion proof against <paramref name="Checkpoint"/> (signed after it), and the
/// RFC 9162 consistency proof from <c>checkpoint.txt</c>'s tree to that one.
/// </summary>
/// <param name="Checkpoint">Always <see cref="BundlePaths.ExportCheckpoint"/>.</param>
/// <param name="ConsistencyProof">Base64, as RFC 9162 §2.1.4 orders it; empty when both trees are the same size.</param>
public sealed record ExportEventFile(ExportedEvent Event, string Checkpoint, IReadOnlyList<string> ConsistencyProof);
