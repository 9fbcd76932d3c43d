using System.Runtime.Versioning;
using EvidenceLedger.EmbeddedPostgres;
using EvidenceLedger.Testing;
using Npgsql;
using Xunit;

namespace EvidenceLedger.EventStore.Tests.Embedded;

[UnsupportedOSPlatform("windows")]
public sealed class Cluster_in_a_private_folder
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public async Task A_data_directory_the_postgres_user_cannot_enter_still_gets_a_working_cluster_kept_where_it_can()
    {
        // What `mktemp -d` makes, and so what a clone into it looks like: a folder only its owner may enter.
        var privateFolder = Directory.CreateTempSubdirectory("ledger-private-");
        File.SetUnixFileMode(privateFolder.FullName, OwnerOnly);
        var dataDirectory = Path.Combine(privateFolder.FullName, "clone", ".ledger-data");
        var log = new RecordingLogger();
        string? serverFiles = null;
        try
        {
            var cluster = await PostgresCluster.StartOrAttachAsync(
                new EmbeddedClusterOptions { DataDirectory = dataDirectory, Durable = false, Logger = log }, CancellationToken.None);
            await using (cluster)
            {
                await using var connection = new NpgsqlConnection(cluster.AppConnectionString("postgres"));
                await connection.OpenAsync();
                await using var query = new NpgsqlCommand("SELECT 1", connection);
                Assert.Equal(1, await query.ExecuteScalarAsync());
            }

            var pointer = Path.Combine(dataDirectory, "postgres.location");
            if (!Environment.IsPrivilegedProcess)
            {
                // Not root: the server runs as this user, who can enter its own folder, so nothing moves.
                Assert.False(File.Exists(pointer));
                Assert.True(File.Exists(Path.Combine(dataDirectory, "postgres", "PG_VERSION")));
                return;
            }

            serverFiles = (await File.ReadAllTextAsync(pointer)).Trim();
            Assert.False(serverFiles.StartsWith(privateFolder.FullName, StringComparison.Ordinal));
            Assert.True(File.Exists(Path.Combine(serverFiles, "postgres", "PG_VERSION")));
            Assert.False(Directory.Exists(Path.Combine(dataDirectory, "postgres")));
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(serverFiles));
            Assert.Equal("postgres", await OwnerOf(serverFiles));
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(privateFolder.FullName));
            var said = Assert.Single(log.Lines, line => line.Contains("cannot enter", StringComparison.Ordinal));
            Assert.Contains(dataDirectory, said, StringComparison.Ordinal);
            Assert.Contains(serverFiles, said, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', said);

            // A second start finds the same cluster again through the data directory.
            var again = await PostgresCluster.StartOrAttachAsync(
                new EmbeddedClusterOptions { DataDirectory = dataDirectory, Durable = false }, CancellationToken.None);
            await again.DisposeAsync();
            Assert.Equal(serverFiles, (await File.ReadAllTextAsync(pointer)).Trim());
        }
        finally
        {
            await ScratchDirectory.DeleteAsync(privateFolder);
            if (serverFiles is not null) await ScratchDirectory.DeleteAsync(new DirectoryInfo(serverFiles));
        }
    }

    private static async Task<string> OwnerOf(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%U", path])
        {
            RedirectStandardOutput = true,
        })!;
        var owner = await stat.StandardOutput.ReadToEndAsync();
        await stat.WaitForExitAsync();
        return owner.Trim();
    }
}
