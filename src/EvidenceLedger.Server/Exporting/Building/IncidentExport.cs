using EvidenceLedger.Server.Exporting.Recording;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>A finished export: the zip to hand out under <paramref name="FileName"/>, and how the ledger recorded it.</summary>
public sealed record IncidentExport(ExportRecord Record, string FileName, byte[] Bundle);
