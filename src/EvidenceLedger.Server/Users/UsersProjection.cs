using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Users.ChangingRole;
using EvidenceLedger.Server.Users.Registering;
using EvidenceLedger.Server.Users.Revoking;
using EvidenceLedger.Server.Users.Tokens;
using NodaTime;

namespace EvidenceLedger.Server.Users;

/// <summary>
/// Inline, so a user can sign in the moment the request that created them returns, and a revoked token fails on the
/// very next request. A name's look-alike key is unique: of two concurrent registrations of alike names, one fails.
/// </summary>
public sealed class UsersProjection : IProjection
{
    public const string ProjectionName = "users";

    public string Name => ProjectionName;

    public static string Table => $"\"{ProjectionSchemas.Live(ProjectionName)}\".\"users\"";

    public static string Tokens => $"\"{ProjectionSchemas.Live(ProjectionName)}\".\"user_tokens\"";

    public async Task CreateTablesAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var command = context.Command($"""
            CREATE TABLE {context.Table("users")} (
                user_id uuid PRIMARY KEY, name text NOT NULL, name_key text NOT NULL UNIQUE, role text NOT NULL,
                registered_at timestamptz NOT NULL, registered_by text NOT NULL, version bigint NOT NULL);
            CREATE TABLE {context.Table("user_tokens")} (
                token_id uuid PRIMARY KEY, user_id uuid NOT NULL, token_hmac text NOT NULL UNIQUE,
                issued_at timestamptz NOT NULL, issued_by text NOT NULL, expires_at timestamptz, revoked_at timestamptz);
            CREATE INDEX ON {context.Table("user_tokens")} (user_id);
            """);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var e in events)
        {
            var (sql, values) = UserEvents.Serializer.Deserialize(e) switch
            {
                UserRegistered r => ($"INSERT INTO {context.Table("users")} VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (user_id) DO NOTHING",
                    new object[] { r.UserId, r.Name, UserNames.LookAlikeKey(r.Name), r.Role, e.RecordedAt.ToDateTimeOffset(), e.Actor, e.Version }),
                UserTokenIssued t => ($"INSERT INTO {context.Table("user_tokens")} VALUES ($1, $2, $3, $4, $5, $6, NULL) ON CONFLICT (token_id) DO NOTHING",
                    [t.TokenId, t.UserId, t.TokenHmac, e.RecordedAt.ToDateTimeOffset(), e.Actor, (object?)t.ExpiresAt?.ToDateTimeOffset() ?? DBNull.Value]),
                UserTokensRevoked r => ($"UPDATE {context.Table("user_tokens")} SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL",
                    [r.UserId, e.RecordedAt.ToDateTimeOffset()]),
                UserRoleChanged c => ($"UPDATE {context.Table("users")} SET role = $2 WHERE user_id = $1", [c.UserId, c.Role]),
                _ => (null, []),
            };
            if (sql is not null)
            {
                await using var command = context.Command(sql);
                foreach (var value in values) command.Parameters.Add(new() { Value = value });
                await command.ExecuteNonQueryAsync(ct);
            }
            if (e.StreamId.StartsWith(UserStreams.Prefix, StringComparison.Ordinal) && sql is not null)
            {
                await using var version = context.Command($"UPDATE {context.Table("users")} SET version = $2 WHERE user_id = $1");
                version.Parameters.Add(new() { Value = Guid.Parse(e.StreamId[UserStreams.Prefix.Length..]) });
                version.Parameters.Add(new() { Value = e.Version });
                await version.ExecuteNonQueryAsync(ct);
            }
        }
    }
}
