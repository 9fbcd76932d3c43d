using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace EvidenceLedger.Server.Tests.Hosting.Support;

/// <summary>
/// <c>dotnet evidence-ledger.dll serve</c> in a process of its own, with an admin token; ready once it printed where it
/// listens. By default on its own embedded cluster in a data directory of its own (not the shared test cluster: tests
/// kill it); given settings (a database of the shared cluster, a shared key folder), on those.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed partial class ServerProcess : IAsyncDisposable
{
    public const string AdminToken = "recovery-admin-token";
    private readonly Process _process;
    private readonly DirectoryInfo _home;

    private ServerProcess(Process process, DirectoryInfo home, Uri address)
    {
        _process = process;
        _home = home;
        Address = address;
    }

    public Uri Address { get; }

    public string DataDirectory => Path.Combine(_home.FullName, "data");

    public int Id => _process.Id;

    public static Task<ServerProcess> StartAsync() => StartAsync(new Dictionary<string, string>());

    /// <summary>Started with these environment variables (<c>ConnectionStrings__Ledger</c>, <c>Ledger__DataDirectory</c>, …) set or overridden.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var home = Directory.CreateTempSubdirectory("ledger-server-process-");
        // Reachable by the postgres OS user, so the cluster stays inside and goes with the folder.
        File.SetUnixFileMode(home.FullName, File.GetUnixFileMode(home.FullName) | UnixFileMode.OtherExecute);
        var start = LedgerProgram.StartInfo(home.FullName, "serve", "--urls", "http://127.0.0.1:0");
        start.Environment.Remove("ConnectionStrings__Ledger");
        start.Environment["Ledger__DataDirectory"] = Path.Combine(home.FullName, "data");
        start.Environment["Ledger__BootstrapAdminToken"] = AdminToken;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"The server exited ({(process.HasExited ? process.ExitCode : -1)}) before listening.");
                if (Listening().Match(line) is { Success: true } match)
                {
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    return new ServerProcess(process, home, new Uri(match.Groups["address"].Value));
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

    public HttpClient Admin()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        return client;
    }

    /// <summary>Killed at once (SIGKILL): no shutdown, no lock released, no connection closed by the process itself.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>The embedded cluster's postmaster, as its pid file names it (wherever the cluster's files are kept).</summary>
    public int PostmasterPid()
    {
        var location = Path.Combine(DataDirectory, "postgres.location");
        var serverFiles = File.Exists(location) ? File.ReadAllText(location).Trim() : DataDirectory;
        return int.Parse(File.ReadLines(Path.Combine(serverFiles, "postgres", "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // Interrupted like Ctrl+C, so it stops its cluster on the way out.
            using (var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await interrupt.WaitForExitAsync();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
        await EvidenceLedger.Testing.ScratchDirectory.DeleteAsync(_home);
    }

    [GeneratedRegex(@"listening on (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
