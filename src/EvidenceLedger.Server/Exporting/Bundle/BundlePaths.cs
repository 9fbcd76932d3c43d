namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>Where each part of a provenance bundle sits inside the zip; every path is relative to <see cref="Manifest"/>.</summary>
public static class BundlePaths
{
    public const string Manifest = "manifest.sha256";
    public const string HowToVerify = "VERIFY.txt";
    public const string VerifyPage = "verify.html";
    public const string Report = "report.html";
    public const string Description = "export.json";
    public const string Checkpoint = "checkpoint.txt";
    public const string PublicKey = "public-key.txt";
    public const string CurrentView = "views/current.json";
    public const string AsOfExportView = "views/as-of-export.json";
    public const string ExportEvent = "export-event.json";
    public const string ExportCheckpoint = "export-checkpoint.txt";

    /// <summary>The files the ledger's export event cannot name with their SHA-256: its own record, the checkpoint proving it, and the manifest.</summary>
    public static IReadOnlySet<string> NotRecorded { get; } = new HashSet<string>([ExportEvent, ExportCheckpoint, Manifest], StringComparer.Ordinal);

    public static string Stream(string streamId) => $"streams/{streamId}.json";

    /// <summary>An uploaded file a citation names, by its SHA-256.</summary>
    public static string File(string sha256) => $"files/{sha256}";
}
