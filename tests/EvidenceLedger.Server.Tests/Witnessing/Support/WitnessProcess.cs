using System.Diagnostics;
using EvidenceLedger.Integrity.Witnessing;
using EvidenceLedger.Server.Tests.Hosting.Support;

namespace EvidenceLedger.Server.Tests.Witnessing.Support;

/// <summary>
/// A real witness, <c>dotnet evidence-ledger.dll witness</c> in its own process on a free loopback port, with its own
/// state directory and no database; ready once it printed its key and address.
/// </summary>
internal sealed class WitnessProcess : IAsyncDisposable
{
    private readonly Process _process;

    private WitnessProcess(Process process, DirectoryInfo state, WitnessVerifierKey key, Uri url)
    {
        _process = process;
        State = state;
        Key = key;
        Url = url;
    }

    public DirectoryInfo State { get; }

    public WitnessVerifierKey Key { get; }

    public Uri Url { get; }

    public static async Task<WitnessProcess> StartAsync(string name, string logVerifierKey)
    {
        var state = Directory.CreateTempSubdirectory("witness-process-");
        var start = LedgerProgram.StartInfo(state.FullName, "witness", "--state", Path.Combine(state.FullName, "state"), "--log-key", logVerifierKey,
            "--listen", "http://127.0.0.1:0", "--name", name);

        start.Environment.Remove("ConnectionStrings__Ledger");
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string? key = null;
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"The witness exited ({(process.HasExited ? process.ExitCode : -1)}) before listening.");
                if (line.StartsWith("Witness verifier key: ", StringComparison.Ordinal)) key = line["Witness verifier key: ".Length..];
                if (line.StartsWith("Listening on: ", StringComparison.Ordinal))
                {
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    return new WitnessProcess(process, new DirectoryInfo(Path.Combine(state.FullName, "state")), WitnessVerifierKey.Parse(key!), new Uri(line["Listening on: ".Length..]));
                }
            }
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        State.Parent!.Delete(recursive: true);
    }
}
