namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>
/// Runs the server binaries. initdb and postgres refuse to run as root, so as root they run as the
/// <c>postgres</c> OS user (created by Debian's postgresql package) and the cluster's files are handed to it.
/// </summary>
internal sealed class PostgresTools
{
    private const string ServiceUser = ServerFilesLocation.ServiceUser;
    private static readonly string[] RunuserLocations = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"];
    private readonly PostgresBinaries _binaries;
    private readonly string? _runuser;

    private PostgresTools(PostgresBinaries binaries, string? runuser)
    {
        _binaries = binaries;
        _runuser = runuser;
    }

    public static PostgresTools For(PostgresBinaries binaries)
    {
        if (!Environment.IsPrivilegedProcess) return new PostgresTools(binaries, null);
        var runuser = RunuserLocations.FirstOrDefault(File.Exists)
            ?? throw new EmbeddedPostgresException(
                "Running as root, PostgreSQL must run as the postgres OS user, but runuser (util-linux) was not found.");
        return new PostgresTools(binaries, runuser);
    }

    public Task<ProcessResult> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var command = CommandFor(tool);
        return ProcessRunner.RunAsync(command[0], command.Skip(1).Concat(arguments), timeout, ct);
    }

    /// <summary>The command line that runs a tool as the right user, for callers that run it themselves.</summary>
    public IReadOnlyList<string> CommandFor(string tool) =>
        _runuser is null ? [_binaries.PathOf(tool)] : [_runuser, "-u", ServiceUser, "--", _binaries.PathOf(tool)];

    /// <summary>Gives a file or directory we created to the user the server runs as.</summary>
    public async Task HandOverAsync(string path, CancellationToken ct)
    {
        if (_runuser is null) return;
        var result = await ProcessRunner.RunAsync("chown", [ServiceUser + ":", path], TimeSpan.FromSeconds(30), ct);
        if (!result.Succeeded)
            throw new EmbeddedPostgresException($"Could not give {path} to the {ServiceUser} OS user: {result.Output}");
    }

    /// <summary>Makes the folder the server's files were moved to: the postgres user's alone (mode 700).</summary>
    public async Task PrepareMovedServerFilesAsync(string directory, CancellationToken ct)
    {
        var parent = Path.GetDirectoryName(directory)!;
        // Others may pass through the shared parent to their own ledger's folder, but not list it.
        Directory.CreateDirectory(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await HandOverAsync(directory, ct);
    }
}
