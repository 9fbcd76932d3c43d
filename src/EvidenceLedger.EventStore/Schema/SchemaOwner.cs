using Npgsql;

namespace EvidenceLedger.EventStore.Schema;

/// <summary>
/// Who makes schema changes after the migrations (a projection's tables, a rebuild's fresh schema): the owner role, never
/// the role the server serves requests with, which may read and write those tables and nothing more.
/// </summary>
/// <param name="DataSource">Connections as the owner role.</param>
/// <param name="AppRole">The server's role, granted what it needs on each schema the owner makes; null when the server
/// connects as the owner itself (a deployment with one login).</param>
public sealed record SchemaOwner(NpgsqlDataSource DataSource, string? AppRole)
{
    /// <summary>Lets the server's role use <paramref name="schema"/> and read and write every table in it (not change them).</summary>
    public async Task GrantAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string schema, CancellationToken ct)
    {
        if (AppRole is null) return;
        await using var command = new NpgsqlCommand($"""
            GRANT USAGE ON SCHEMA "{schema}" TO "{AppRole}";
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "{schema}" TO "{AppRole}";
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO "{AppRole}";
            """, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
    }
}
