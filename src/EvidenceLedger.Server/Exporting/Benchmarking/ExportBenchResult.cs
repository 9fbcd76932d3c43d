namespace EvidenceLedger.Server.Exporting.Benchmarking;

/// <summary>The figures of one export bench run: an incident of <see cref="IncidentEvents"/> events, exported twice and verified offline.</summary>
/// <param name="FirstExportMs">Including integrating the events into the Merkle log and signing a fresh checkpoint.</param>
/// <param name="SecondExportMs">With the log and checkpoint already covering the events.</param>
public sealed record ExportBenchResult(
    int IncidentEvents,
    int BundleEvents,
    double FirstExportMs,
    double SecondExportMs,
    long BundleBytes,
    long UncompressedBytes,
    long ReportBytes,
    double VerifyBundleMs,
    bool Verified);
