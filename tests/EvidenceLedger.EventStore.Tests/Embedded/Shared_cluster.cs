using System.Runtime.Versioning;
using EvidenceLedger.EmbeddedPostgres;
using EvidenceLedger.Testing;
using Npgsql;
using Xunit;

namespace EvidenceLedger.EventStore.Tests.Embedded;

[UnsupportedOSPlatform("windows")]
public sealed class Shared_cluster
{
    [Fact]
    public async Task A_second_start_on_the_same_directory_attaches_to_the_running_postmaster()
    {
        var first = await TestCluster.Instance;
        var startedAt = await PostmasterStartTime(first);

        var second = await PostgresCluster.StartOrAttachAsync(
            new EmbeddedClusterOptions { DataDirectory = first.DataDirectory, Durable = false }, CancellationToken.None);
        await using (second)
        {
            Assert.Equal(first.Port, second.Port);
            Assert.Equal(startedAt, await PostmasterStartTime(second));
        }

        Assert.Equal(startedAt, await PostmasterStartTime(first));
    }

    [Fact]
    public async Task A_fresh_directory_is_initialized_shared_and_stopped_by_its_last_user_and_survives_a_stale_pid_file()
    {
        var directory = Directory.CreateTempSubdirectory("ledger-embedded-");
        try
        {
            var options = new EmbeddedClusterOptions { DataDirectory = directory.FullName, Durable = false };
            var pidFile = Path.Combine(directory.FullName, "postgres", "postmaster.pid");

            var first = await PostgresCluster.StartOrAttachAsync(options, CancellationToken.None);
            var second = await PostgresCluster.StartOrAttachAsync(options, CancellationToken.None);
            Assert.Equal(first.Port, second.Port);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(Path.Combine(directory.FullName, "postgres-admin.secret")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(Path.Combine(directory.FullName, "postgres-app.secret")));
            var runningPidFile = await File.ReadAllLinesAsync(pidFile);

            await first.DisposeAsync();
            Assert.True(File.Exists(pidFile), "the cluster stopped while a user remained");
            await PostmasterStartTime(second);

            await second.DisposeAsync();
            Assert.False(File.Exists(pidFile), "the last user left the cluster running");

            // What a killed server leaves behind: its pid file naming a process that no longer exists.
            await File.WriteAllLinesAsync(pidFile, [DeadPid().ToString(System.Globalization.CultureInfo.InvariantCulture), .. runningPidFile.Skip(1)]);
            var third = await PostgresCluster.StartOrAttachAsync(options, CancellationToken.None);
            await using (third) await PostmasterStartTime(third);
            Assert.False(File.Exists(pidFile));
        }
        finally
        {
            await ScratchDirectory.DeleteAsync(directory);
        }
    }

    [Fact]
    public async Task Missing_binaries_are_named_with_the_command_that_installs_them()
    {
        var empty = Directory.CreateTempSubdirectory("ledger-no-postgres-");
        try
        {
            var options = new EmbeddedClusterOptions { DataDirectory = Path.Combine(empty.FullName, "data"), BinDirectory = empty.FullName };

            var failure = await Assert.ThrowsAsync<EmbeddedPostgresException>(() => PostgresCluster.StartOrAttachAsync(options, CancellationToken.None));

            Assert.Contains("missing initdb, pg_ctl, postgres", failure.Message, StringComparison.Ordinal);
            Assert.Contains("Install them with: apt-get install postgresql", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    private static async Task<DateTime> PostmasterStartTime(PostgresCluster cluster)
    {
        await using var connection = new NpgsqlConnection(cluster.AppConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_postmaster_start_time()", connection);
        return (DateTime)(await command.ExecuteScalarAsync())!;
    }

    private static int DeadPid()
    {
        using var exited = System.Diagnostics.Process.Start("true");
        exited.WaitForExit();
        return exited.Id;
    }
}
