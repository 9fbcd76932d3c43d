using System.CommandLine;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.Witnessing.Serving;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NodaTime;

namespace EvidenceLedger.Server.CommandLine;

/// <summary>
/// <c>witness --state DIR --log-key KEY [--listen URL] [--name NAME]</c>: runs a C2SP tlog-witness for one ledger.
/// Never builds the ledger's app: no database is opened or started.
/// </summary>
public static class WitnessCommand
{
    public const int UsageError = 2;

    public static Command Create()
    {
        var state = new Option<DirectoryInfo>("--state") { Description = "The witness's own directory: its key and what it cosigned (created on first run).", Required = true };
        var logKey = new Option<string>("--log-key") { Description = "The ledger's verifier key (GET /api/ledger/public-key), or a file holding it.", Required = true };
        var listen = new Option<string>("--listen") { Description = "The address to listen on.", DefaultValueFactory = _ => WitnessServerOptions.DefaultListen };
        var name = new Option<string?>("--name") { Description = $"The witness's key name, fixed when its key is generated (default {WitnessServerOptions.DefaultName})." };
        var command = new Command("witness", "Run a witness that cosigns the ledger's checkpoints (C2SP tlog-witness), refusing any not consistent with the last it cosigned.")
        {
            state, logKey, listen, name,
        };
        command.SetAction(async (parse, ct) =>
        {
            var key = (await VerifierKeyArgument.ReadAsync(parse.GetValue(logKey)!, ct)).Trim();
            return await RunAsync(new WitnessServerOptions(parse.GetValue(state)!, key, parse.GetValue(listen)!, parse.GetValue(name)), Console.Out, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(WitnessServerOptions options, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        WebApplication app;
        try
        {
            app = WitnessServer.Create(options, SystemClock.Instance);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or InvalidDataException)
        {
            await output.WriteLineAsync($"Cannot start the witness: {e.Message}");
            return UsageError;
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException e)
            {
                await output.WriteLineAsync($"Cannot listen on {options.Listen}: {e.Message}");
                return UsageError;
            }

            var witness = app.Services.GetRequiredService<WitnessService>();
            await output.WriteLineAsync($"Witness verifier key: {witness.Signer.VerifierKey}");
            await output.WriteLineAsync($"Witnessing log: {new NoteVerifier(options.LogVerifierKey).VerifierKey}");
            foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses)
            {
                await output.WriteLineAsync($"Listening on: {address}");
            }

            await output.FlushAsync(ct);
            await app.WaitForShutdownAsync(ct);
        }

        return 0;
    }
}
