using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Server.Users.Registering;

namespace EvidenceLedger.Server.Users;

/// <summary>Inline, so a user can sign in the moment the request that created them returns.</summary>
public sealed class UsersProjection : IProjection
{
    public const string ProjectionName = "users";

    public string Name => ProjectionName;

    public static string Table => $"\"{ProjectionSchemas.Live(ProjectionName)}\".\"users\"";

    public async Task CreateTablesAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var command = context.Command($"""
            CREATE TABLE {context.Table("users")} (
                user_id uuid PRIMARY KEY, name text NOT NULL UNIQUE, role text NOT NULL,
                token_sha256 text NOT NULL UNIQUE, registered_at timestamptz NOT NULL, registered_by text NOT NULL)
            """);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            if (UserRegistration.Serializer.Deserialize(e) is not UserRegistered user) continue;
            await using var command = context.Command($"""
                INSERT INTO {context.Table("users")} VALUES ($1, $2, $3, $4, timestamptz 'epoch' + $5 * interval '1 microsecond', $6)
                ON CONFLICT (user_id) DO NOTHING
                """);
            command.Parameters.Add(new() { Value = user.UserId });
            command.Parameters.Add(new() { Value = user.Name });
            command.Parameters.Add(new() { Value = user.Role });
            command.Parameters.Add(new() { Value = user.TokenSha256 });
            command.Parameters.Add(new() { Value = LedgerInstant.ToUnixMicroseconds(e.RecordedAt) });
            command.Parameters.Add(new() { Value = e.Actor });
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
