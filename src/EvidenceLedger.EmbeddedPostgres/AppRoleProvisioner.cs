using Npgsql;

namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>Creates the login the application writes with, or resets its password to the one in its secret file.</summary>
internal static class AppRoleProvisioner
{
    public static async Task ProvisionAsync(string adminConnectionString, string password, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(ct);
        // DDL takes no parameters, so the password goes in as an escaped literal.
        await using var command = new NpgsqlCommand($$"""
            DO $role$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{ConnectionStrings.AppRole}}') THEN
                    CREATE ROLE {{ConnectionStrings.AppRole}};
                END IF;
            END $role$;
            ALTER ROLE {{ConnectionStrings.AppRole}} WITH LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS
                PASSWORD '{{password.Replace("'", "''", StringComparison.Ordinal)}}';
            """, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
