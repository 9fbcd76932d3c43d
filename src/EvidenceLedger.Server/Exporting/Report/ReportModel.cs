using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>Everything the report shows, all of it taken from the bundle's own files, so nothing in it is beyond checking.</summary>
public sealed record ReportModel(ExportDescription Description, ExportedView AsOfExport, IReadOnlyList<ExportedStream> Streams, string CheckpointNote);
