using System.CommandLine;
using EvidenceLedger.Server.Exporting.Benchmarking;
using EvidenceLedger.Server.Exporting.Building;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Projections;

namespace EvidenceLedger.Server.CommandLine;

/// <summary><c>export INCIDENT_ID --out FILE [--reason "…"]</c>: the HTTP export's bundle, written to a file, recorded as by <c>cli:&lt;OS user&gt;</c>.</summary>
public static class ExportCommand
{
    public const int Exported = 0;
    public const int NotExported = 1;

    public static Command Create()
    {
        var incident = new Argument<Guid>("INCIDENT_ID") { Description = "The incident to export." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the bundle (zip).", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why it is exported; recorded in the ledger with the export." };
        var maxFileBytes = new Option<long?>("--max-file-bytes") { Description = "The largest cited file, in bytes, to include; larger ones are given by SHA-256 only. Default: every file." };
        var command = new Command("export", "Write an incident's provenance bundle (events, proofs, signed checkpoint, views, report) and record the export.")
        {
            incident, output, reason, maxFileBytes,
        };
        command.Subcommands.Add(ExportBenchCommand.Create());
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            await using var app = await LedgerApp.CreateAsync([.. parse.UnmatchedTokens], ct: ct);
            return await RunAsync(app.Services, parse.GetValue(incident), parse.GetValue(output)!, parse.GetValue(reason), CliActor, Console.Out, parse.GetValue(maxFileBytes), ct);
        });
        return command;
    }

    /// <summary>Who the ledger records for exports from the command line.</summary>
    public static string CliActor => $"cli:{Environment.UserName}";

    public static Task<int> RunAsync(IServiceProvider services, Guid incidentId, FileInfo file, string? reason, string actor, TextWriter console,
        CancellationToken ct) =>
        RunAsync(services, incidentId, file, reason, actor, console, maxFileBytes: null, ct);

    /// <param name="maxFileBytes">The largest cited file to include in the bundle; larger ones are given by SHA-256 only. Null: every file.</param>
    public static async Task<int> RunAsync(IServiceProvider services, Guid incidentId, FileInfo file, string? reason, string actor, TextWriter console,
        long? maxFileBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(console);
        if (ExportReason.Problem(reason) is { } invalid)
        {
            await console.WriteLineAsync($"--reason: {invalid.Reason}");
            return NotExported;
        }
        if (maxFileBytes < 0)
        {
            await console.WriteLineAsync($"--max-file-bytes: {MaxFileBytes.Expected}");
            return NotExported;
        }
        await ProjectionStartup.RebuildChangedAsync(services, ct);

        IncidentExport? export;
        try
        {
            export = await services.GetRequiredService<IncidentExporter>().ExportAsync(incidentId, actor, reason, maxFileBytes, ct);
        }
        catch (LogNotReadyException e)
        {
            await console.WriteLineAsync(e.Message);
            return NotExported;
        }
        if (export is null)
        {
            await console.WriteLineAsync($"There is no incident {incidentId:D}.");
            return NotExported;
        }

        file.Directory?.Create();
        await File.WriteAllBytesAsync(file.FullName, export.Bundle, ct);
        var record = export.Record;
        await console.WriteLineAsync($"Exported incident {incidentId:D} (version {record.IncidentVersion}, {record.EventCount} events) to {file.FullName}");
        await console.WriteLineAsync($"{record.BundleBytes} bytes, SHA-256 {record.BundleSha256}");
        await console.WriteLineAsync($"Recorded as export {record.ExportId:D} by {record.ExportedBy} at ledger position {record.Position}.");
        await console.WriteLineAsync($"Check it with: ./ops/ledger verify-bundle {file.FullName}");
        return Exported;
    }
}
