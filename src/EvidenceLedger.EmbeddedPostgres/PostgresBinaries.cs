namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>The directory holding the server binaries the launcher runs.</summary>
internal sealed class PostgresBinaries
{
    private static readonly string[] Required = ["initdb", "pg_ctl", "postgres"];

    private PostgresBinaries(string directory) => Directory = directory;

    public string Directory { get; }

    public string PathOf(string tool) => Path.Combine(Directory, tool);

    /// <summary>
    /// A configured directory (option, then <c>LEDGER_PG_BIN</c>) is used as given, never silently skipped.
    /// Otherwise an existing cluster's own major version wins over the newest, since no other can open it.
    /// </summary>
    public static PostgresBinaries Locate(string? configuredDirectory, string? clusterVersion)
    {
        var (configured, source) = configuredDirectory is not null
            ? (configuredDirectory, "the configured bin directory")
            : (Environment.GetEnvironmentVariable("LEDGER_PG_BIN"), "LEDGER_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            var missing = MissingIn(configured);
            return missing.Count == 0
                ? new PostgresBinaries(Path.GetFullPath(configured))
                : throw NotFound(missing, $"in {configured} ({source})");
        }

        var candidates = InstalledVersions(clusterVersion).Concat(PathDirectories()).ToList();
        var best = candidates.Select(dir => (dir, missing: MissingIn(dir))).OrderBy(c => c.missing.Count).FirstOrDefault();
        return best.dir is not null && best.missing.Count == 0
            ? new PostgresBinaries(best.dir)
            : throw NotFound(best.missing ?? [.. Required], "in /usr/lib/postgresql/*/bin or on PATH");
    }

    private static EmbeddedPostgresException NotFound(IReadOnlyCollection<string> missing, string where) =>
        new($"PostgreSQL server binaries not found {where}: missing {string.Join(", ", missing)}. " +
            "Install them with: apt-get install postgresql");

    private static List<string> MissingIn(string directory) =>
        Required.Where(tool => !IsExecutable(Path.Combine(directory, tool))).ToList();

    private static bool IsExecutable(string path) =>
        File.Exists(path) && (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;

    private static IEnumerable<string> InstalledVersions(string? clusterVersion)
    {
        const string root = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(root)) return [];
        return System.IO.Directory.EnumerateDirectories(root)
            .Select(dir => (dir, name: Path.GetFileName(dir), version: ParseVersion(Path.GetFileName(dir))))
            .Where(c => c.version is not null)
            .OrderByDescending(c => c.name == clusterVersion)
            .ThenByDescending(c => c.version)
            .Select(c => Path.Combine(c.dir, "bin"));
    }

    private static Version? ParseVersion(string name) =>
        Version.TryParse(name.Contains('.', StringComparison.Ordinal) ? name : name + ".0", out var version) ? version : null;

    private static string[] PathDirectories() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
}
