using System.CommandLine;
using System.Text.Json;
using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.EventStore.Schema;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Verification;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Integrity.Keys;
using EvidenceLedger.Server.Integrity.Verifying;
using Npgsql;

namespace EvidenceLedger.Server.CommandLine;

/// <summary><c>verify [--since SAVED_CHECKPOINT_FILE] [--key VERIFIER_KEY] [--json FILE]</c>: exit 0 only when everything holds.</summary>
public static class VerifyCommand
{
    public const int Verified = 0;
    public const int ProblemsFound = 1;
    public const int UsageError = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static Command Create()
    {
        var since = new Option<FileInfo?>("--since") { Description = "A signed checkpoint note you saved earlier (GET /api/ledger/checkpoint): the log must still extend it." };
        var key = new Option<string?>("--key") { Description = "The ledger's verifier key as you trust it, or a file holding it (default: the one under Ledger:DataDirectory)." };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the report as JSON to this file." };
        var command = new Command("verify", "Recompute every event hash and stream chain, rebuild the Merkle tree, check every signed checkpoint, and report what was altered.")
        {
            since, key, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var configuration = CommandConfiguration.Load();
            return await RunAsync(configuration, parse.GetValue(since), parse.GetValue(key), parse.GetValue(json), Console.Out, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(IConfiguration configuration, FileInfo? since, string? key, FileInfo? json, TextWriter output, CancellationToken ct)
    {
        string? saved = null;
        if (since is not null)
        {
            if (!since.Exists)
            {
                await output.WriteLineAsync($"The saved checkpoint file {since.FullName} does not exist.");
                return UsageError;
            }

            saved = await File.ReadAllTextAsync(since.FullName, ct);
        }

        NoteVerifier? trusted;
        try
        {
            trusted = key is null ? LedgerKeyFiles.LoadVerifier(configuration) : new NoteVerifier(await VerifierKeyArgument.ReadAsync(key, ct));
        }
        catch (FormatException e)
        {
            await output.WriteLineAsync($"The verifier key is not valid: {e.Message}");
            return UsageError;
        }

        await using var database = await OpenAsync(configuration, ct);
        var report = await new LedgerVerifier(database.DataSource).VerifyAsync(new VerificationOptions { TrustedKey = trusted, SavedCheckpoint = saved }, ct);
        VerificationReportPrinter.Print(report, output);
        if (json is not null) await File.WriteAllTextAsync(json.FullName, JsonSerializer.Serialize(report, Json), ct);
        return report.Ok ? Verified : ProblemsFound;
    }

    /// <summary>Like serve, but a configured database is only read, never migrated: an auditor's read-only login is enough.</summary>
    private static async Task<LedgerDatabase> OpenAsync(IConfiguration configuration, CancellationToken ct) =>
        configuration.GetConnectionString("Ledger") is { Length: > 0 } configured
            ? new LedgerDatabase(LedgerDataSource.Create(configured), new SchemaOwner(LedgerDataSource.Create(configured), AppRole: null), cluster: null)
            : await LedgerDatabaseBootstrap.OpenAsync(configuration, ct: ct);
}
