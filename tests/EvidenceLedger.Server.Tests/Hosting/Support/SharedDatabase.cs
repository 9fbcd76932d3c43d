using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Tests.Users.Activity.Support;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Hosting.Support;

/// <summary>
/// One database of the shared test cluster that several server processes use at once, each under an application name
/// of its own, so that the test can tell whose session holds the Merkle log's leader lock.
/// </summary>
public sealed class SharedDatabase : EvidenceLedger.Testing.LedgerDatabase
{
    private static readonly long MerkleLeaderKey = new MerkleLogOptions().LeaderLockKey;

    /// <summary>The environment of a <c>serve</c> process on this database, connecting as <paramref name="applicationName"/>.</summary>
    public Dictionary<string, string> ServerEnvironment(string applicationName, string keyDirectory, TimeSpan checkpointInterval) => new()
    {
        ["ConnectionStrings__Ledger"] = new NpgsqlConnectionStringBuilder(AppConnectionString) { ApplicationName = applicationName }.ConnectionString,
        ["ConnectionStrings__LedgerOwner"] = AdminConnectionString,
        // The keys (checkpoint signer, token key, identity key) are shared, as servers on one database must share them.
        ["Ledger__DataDirectory"] = keyDirectory,
        ["Ledger__CheckpointInterval"] = checkpointInterval.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The application name of the session holding the Merkle log's leader lock in this database, if any.</summary>
    public async Task<string?> MerkleLeaderAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        // A bigint advisory key is shown split in two: its high half as classid, its low half as objid.
        await using var command = new NpgsqlCommand("""
            SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND ((l.classid::bigint << 32) | l.objid::bigint) = $1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = MerkleLeaderKey });
        return await command.ExecuteScalarAsync() as string;
    }

    public async Task<MerkleLogState> MerkleLogStateAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM ledger.events),
                   (SELECT count(*) FROM ledger.merkle_leaves),
                   (SELECT count(DISTINCT event_id) FROM ledger.merkle_leaves),
                   (SELECT coalesce(max(leaf_index) + 1, 0) FROM ledger.merkle_leaves),
                   (SELECT count(*) FROM ledger.events e WHERE NOT EXISTS (SELECT 1 FROM ledger.merkle_leaves l WHERE l.event_id = e.event_id)),
                   (SELECT count(*) FROM ledger.checkpoints),
                   (SELECT coalesce(max(tree_size), 0) FROM ledger.checkpoints)
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new MerkleLogState(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4),
            reader.GetInt64(5), reader.GetInt64(6));
    }

    public Task<ActivityState> ActivityStateAsync() => ActivityState.ReadAsync(AdminConnectionString);
}

/// <summary>What the Merkle log holds against the event log: every count the handover must leave equal.</summary>
public sealed record MerkleLogState(long Events, long Leaves, long DistinctLeafEvents, long LeafIndexSpan, long EventsWithoutLeaf,
    long Checkpoints, long LargestCheckpoint)
{
    public bool EverythingIntegratedAndSigned => Leaves == Events && LargestCheckpoint == Events;
}
