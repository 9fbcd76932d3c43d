using System.Collections.Concurrent;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Server.Hosting;
using Npgsql;

namespace EvidenceLedger.Server.Users;

/// <summary>
/// The id of the user an actor name stands for, so that every event appended on a user's behalf records it beside the
/// name. A name belongs to one user for good (names are unique and never change), so an id once found is kept.
/// </summary>
public sealed class UserIds(LedgerDatabase database) : IActorIds
{
    private static readonly string FindByName = $"SELECT user_id FROM {UsersProjection.Table} WHERE name_key = $1 AND name = $2";

    private readonly ConcurrentDictionary<string, Guid> _known = new(StringComparer.Ordinal);

    public async ValueTask<Guid?> IdOfAsync(string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (_known.TryGetValue(actor, out var known)) return known;
        // "operator:alice" and the like are no user's name: no query.
        if (UserNames.Normalize(actor).Name != actor) return null;
        try
        {
            await using var command = database.DataSource.CreateCommand(FindByName);
            command.Parameters.Add(new() { Value = UserNames.LookAlikeKey(actor) });
            command.Parameters.Add(new() { Value = actor });
            if (await command.ExecuteScalarAsync(ct) is not Guid id) return null;
            _known.TryAdd(actor, id);
            return id;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // Before the users projection's tables exist (a fresh database's first appends) no actor is a user yet.
            return null;
        }
    }
}
