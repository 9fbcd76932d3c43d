using System.Diagnostics;
using System.IO.Compression;
using EvidenceLedger.EventStore;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Exporting.Building;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Integrity.Keys;

namespace EvidenceLedger.Server.Exporting.Benchmarking;

/// <summary>Measures exporting one long incident through the app's own services, and verifying the bundle offline.</summary>
internal static class ExportBench
{
    public static async Task<ExportBenchResult> RunAsync(IServiceProvider services, int events, TextWriter progress, CancellationToken ct)
    {
        var incidentId = await BenchIncident.WriteAsync(services.GetRequiredService<LedgerEventStore>(), services.GetRequiredService<SourceCommands>(), events, "bench", ct);
        await progress.WriteLineAsync($"wrote an incident of {events} events");

        var exporter = services.GetRequiredService<IncidentExporter>();
        var first = Stopwatch.StartNew();
        var export = await exporter.ExportAsync(incidentId, "bench", "bench: first export", ct) ?? throw new InvalidOperationException("The bench incident is missing.");
        first.Stop();
        var second = Stopwatch.StartNew();
        await exporter.ExportAsync(incidentId, "bench", "bench: second export", ct);
        second.Stop();

        var verify = Stopwatch.StartNew();
        var verification = BundleVerifier.Verify(export.Bundle, TrustedKeys.Of(services.GetRequiredService<LedgerPublicKey>().VerifierKey));
        verify.Stop();

        var (uncompressed, report) = Sizes(export.Bundle);
        return new ExportBenchResult(events, export.Record.EventCount, first.Elapsed.TotalMilliseconds, second.Elapsed.TotalMilliseconds,
            export.Bundle.LongLength, uncompressed, report, verify.Elapsed.TotalMilliseconds, verification.Confirmed);
    }

    private static (long Uncompressed, long Report) Sizes(byte[] bundle)
    {
        using var zip = new ZipArchive(new MemoryStream(bundle), ZipArchiveMode.Read);
        return (zip.Entries.Sum(entry => entry.Length), zip.GetEntry(BundlePaths.Report)?.Length ?? 0);
    }
}
