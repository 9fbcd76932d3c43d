using System.Collections.Concurrent;
using EvidenceLedger.EventStore.Appending;
using Marten;

namespace EvidenceLedger.Server.Users;

/// <summary>
/// The id of the user an actor name stands for, so that every event appended on a user's behalf records it beside the
/// name. A name belongs to one user for good (names are unique and never change), so an id once found is kept.
/// </summary>
public sealed class UserIds(IDocumentStore documents) : IActorIds
{
    private readonly ConcurrentDictionary<string, Guid> _known = new(StringComparer.Ordinal);

    public async ValueTask<Guid?> IdOfAsync(string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (_known.TryGetValue(actor, out var known)) return known;
        // "operator:alice" and the like are no user's name: no query.
        if (UserNames.Normalize(actor).Name != actor) return null;
        var nameKey = UserNames.LookAlikeKey(actor);
        await using var session = documents.QuerySession();
        var account = await UserAccount.ByNameKeyAsync(session, nameKey, ct);
        if (account is null || account.Name != actor) return null;
        _known.TryAdd(actor, account.UserId);
        return account.UserId;
    }
}
