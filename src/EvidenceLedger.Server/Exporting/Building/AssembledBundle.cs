using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>The bundle's files as laid out before the export is recorded, with the description and streams they were written from.</summary>
public sealed record AssembledBundle(ExportDescription Description, IReadOnlyList<ExportedStream> Streams, IReadOnlyList<KeyValuePair<string, byte[]>> Files);
