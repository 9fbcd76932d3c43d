namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>
/// The files of one cluster: its secrets and locks in the data directory, and what the server itself reads and writes
/// (the cluster, initdb's staging and password file, the log) in <paramref name="serverFiles"/>, which is the data
/// directory unless <see cref="ServerFilesLocation"/> had to move them.
/// </summary>
internal sealed class ClusterPaths(string dataDirectory, string serverFiles)
{
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    public string ServerFiles { get; } = Path.GetFullPath(serverFiles);

    public string Cluster => Path.Combine(ServerFiles, "postgres");

    /// <summary>initdb writes here and the result is renamed to <see cref="Cluster"/>, so a half-made cluster is never mistaken for one.</summary>
    public string InitdbStaging => Path.Combine(ServerFiles, "postgres.initdb");

    public string InitdbPasswordFile => Path.Combine(ServerFiles, "postgres-initdb.pw");

    public string Log => Path.Combine(ServerFiles, "postgres.log");

    public string AdminSecret => Path.Combine(DataDirectory, "postgres-admin.secret");

    public string AppSecret => Path.Combine(DataDirectory, "postgres-app.secret");

    public string ControlLock => Path.Combine(DataDirectory, "postgres.control.lock");

    public string UsersLock => Path.Combine(DataDirectory, "postgres.users.lock");

    public string ReaperLock => Path.Combine(DataDirectory, "postgres.reaper.lock");

    public string PostmasterPid => Path.Combine(Cluster, "postmaster.pid");

    public bool IsInitialized => File.Exists(ClusterVersionFile);

    /// <summary>The major version that created the cluster, or null before initdb.</summary>
    public string? ClusterVersion => IsInitialized ? File.ReadAllText(ClusterVersionFile).Trim() : null;

    private string ClusterVersionFile => Path.Combine(Cluster, "PG_VERSION");
}
