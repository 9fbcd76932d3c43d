using EvidenceLedger.EmbeddedPostgres;

namespace EvidenceLedger.Testing;

/// <summary>
/// The one PostgreSQL cluster every test process shares, in <c>&lt;repo&gt;/.ledger-test</c> (or
/// <c>LEDGER_TEST_DATA_DIR</c>), started by the first test process that needs it and stopped by the last to exit.
/// </summary>
public static class TestCluster
{
    private static readonly Lazy<Task<PostgresCluster>> Cluster = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<PostgresCluster> Instance => Cluster.Value;

    public static string DataDirectory =>
        Environment.GetEnvironmentVariable("LEDGER_TEST_DATA_DIR") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(RepositoryRoot(), ".ledger-test");

    private static async Task<PostgresCluster> StartAsync()
    {
        var cluster = await PostgresCluster.StartOrAttachAsync(
            new EmbeddedClusterOptions { DataDirectory = DataDirectory, Durable = false }, CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Release(cluster);
        return cluster;
    }

    private static void Release(PostgresCluster cluster)
    {
        try
        {
            cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        catch (EmbeddedPostgresException e)
        {
            // Nothing is left to report to at process exit but stderr.
            Console.Error.WriteLine($"Could not release the test cluster: {e.Message}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EvidenceLedger.sln"))) return dir.FullName;
        throw new InvalidOperationException(
            $"No EvidenceLedger.sln above {AppContext.BaseDirectory}; set LEDGER_TEST_DATA_DIR to choose where the test cluster lives.");
    }
}
