using NodaTime;

namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>
/// The content of <c>export.json</c>: what was exported, when, by whom and why, and where each part of the bundle is.
/// </summary>
/// <param name="Format">Names this layout: <see cref="CurrentFormat"/>.</param>
/// <param name="ExportedAt">The export instant: <see cref="BundlePaths.AsOfExportView"/> is the incident as of it.</param>
/// <param name="Streams">The incident's stream first, then the stream of every source its claims rely on.</param>
/// <param name="Files">Every uploaded file the incident's citations name, each included or said to be left out; null in bundles made before files could be cited.</param>
public sealed record ExportDescription(
    string Format,
    Guid IncidentId,
    string IncidentTitle,
    Instant ExportedAt,
    string ExportedBy,
    string? Reason,
    IReadOnlyList<StreamDescription> Streams,
    CheckpointDescription Checkpoint,
    KeyDescription PublicKey,
    ViewsDescription Views,
    IReadOnlyList<FileDescription>? Files = null)
{
    public const string CurrentFormat = "evidence-ledger/provenance-bundle/v2";
}

/// <param name="Kind"><c>incident</c> or <c>source</c>.</param>
/// <param name="Version">The stream's last exported version; every version from 1 up to it is in <paramref name="File"/>.</param>
/// <param name="HeadHash">The chain hash of that last version (hex).</param>
/// <param name="WithheldEvents">How many of its events are exported without their content (protected identities).</param>
public sealed record StreamDescription(string StreamId, string Kind, string File, long Version, string HeadHash, int WithheldEvents);

/// <param name="RootHash">Base64, as in the signed note.</param>
public sealed record CheckpointDescription(string File, string Origin, long TreeSize, string RootHash);

/// <param name="KeyId">The C2SP signed-note key id, 8 hex digits.</param>
public sealed record KeyDescription(string File, string KeyName, string KeyId, string VerifierKey);

public sealed record ViewsDescription(string Current, string AsOfExport);

/// <summary>An uploaded file a citation names, as its <c>claim_cited</c> event records it, and whether the bundle holds it.</summary>
/// <param name="File">Where the bundle holds its bytes (<c>files/{sha256}</c>); null when they are left out.</param>
/// <param name="LeftOut">Why the bytes are left out (only the SHA-256 is given); null when they are included.</param>
public sealed record FileDescription(string Sha256, long Size, string MediaType, string FileName, string? File, string? LeftOut);
