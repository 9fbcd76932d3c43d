using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Time;
using EvidenceLedger.Server.Users.ChangingRole;
using EvidenceLedger.Server.Users.Registering;
using EvidenceLedger.Server.Users.Revoking;
using EvidenceLedger.Server.Users.Tokens;
using Marten;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.Server.Users;

/// <summary>
/// Accounts as events on each user's stream: registering (with a first token), issuing a token, revoking every token,
/// changing the role. Each is appended with who did it and why; a token is answered once and only its keyed hash kept.
/// </summary>
public sealed class UserAccounts(LedgerEventStore store, IDocumentStore documents, TokenKey key, IClock clock)
{
    /// <summary>Registers a user and issues their first token (<paramref name="token"/> when given: the configured bootstrap one).</summary>
    public async Task<AccountOutcome> RegisterAsync(string? name, string? role, string actor, string? reason = null, string? token = null,
        Instant? expiresAt = null, CancellationToken ct = default)
    {
        var (normalized, nameError) = UserNames.Normalize(name);
        if (nameError is not null) return AccountOutcome.Invalid("name", nameError);
        if (!Role.IsKnown(role)) return AccountOutcome.Invalid("role", $"The role must be one of: {string.Join(", ", Role.All)}.");
        if ((ExpiryProblem(expiresAt) ?? ReasonProblem(reason)) is { } invalid) return invalid;
        reason = FreeText.CleanOrNull(reason);
        if (await FindByNameKeyAsync(UserNames.LookAlikeKey(normalized!), ct) is { } alike)
            return AccountOutcome.Conflict("name", $"'{normalized}' reads as the name of an existing user, '{alike.Name}'. Choose a name no one could mistake for theirs.");

        var userId = Guid.NewGuid();
        token ??= BearerTokens.Generate();
        var issued = new UserTokenIssued(userId, Guid.NewGuid(), key.Hash(token), expiresAt);
        try
        {
            await store.AppendAsync(UserStreams.For(userId), ExpectedVersion.NoStream,
                [UserEvents.Serializer.ToAppend(new UserRegistered(userId, normalized!, role!)), UserEvents.Serializer.ToAppend(issued)],
                new AppendMetadata(actor, Guid.NewGuid(), Reason: reason ?? $"registered {role} {normalized}"), ct);
        }
        catch (Exception e) when (NameTaken(e))
        {
            return AccountOutcome.Conflict("name", $"A user whose name reads as '{normalized}' was registered at the same moment.");
        }
        var user = (await FindAsync(userId, ct))!;
        return AccountOutcome.Done(user, new IssuedToken(issued.TokenId, token, expiresAt));
    }

    public async Task<AccountOutcome> IssueTokenAsync(Guid userId, string actor, string? reason, Instant? expiresAt, CancellationToken ct,
        string? token = null)
    {
        if ((ExpiryProblem(expiresAt) ?? ReasonProblem(reason)) is { } invalid) return invalid;
        reason = FreeText.CleanOrNull(reason);
        if (await FindAsync(userId, ct) is not { } user) return AccountOutcome.Missing(userId);
        token ??= BearerTokens.Generate();
        var issued = new UserTokenIssued(userId, Guid.NewGuid(), key.Hash(token), expiresAt);
        await AppendAsync(user, issued, actor, reason ?? $"issued a token to {user.Name}", ct);
        return AccountOutcome.Done((await FindAsync(userId, ct))!, new IssuedToken(issued.TokenId, token, expiresAt));
    }

    public async Task<AccountOutcome> RevokeAsync(Guid userId, string actor, string? reason, CancellationToken ct)
    {
        if (ReasonProblem(reason) is { } invalid) return invalid;
        reason = FreeText.CleanOrNull(reason);
        if (await FindAsync(userId, ct) is not { } user) return AccountOutcome.Missing(userId);
        await AppendAsync(user, new UserTokensRevoked(userId), actor, reason ?? $"revoked every token of {user.Name}", ct);
        return AccountOutcome.Done((await FindAsync(userId, ct))!);
    }

    public async Task<AccountOutcome> ChangeRoleAsync(Guid userId, string? role, string actor, string? reason, CancellationToken ct)
    {
        if (!Role.IsKnown(role)) return AccountOutcome.Invalid("role", $"The role must be one of: {string.Join(", ", Role.All)}.");
        if (ReasonProblem(reason) is { } invalid) return invalid;
        reason = FreeText.CleanOrNull(reason);
        if (await FindAsync(userId, ct) is not { } user) return AccountOutcome.Missing(userId);
        if (user.Role == role) return AccountOutcome.Done(user);
        await AppendAsync(user, new UserRoleChanged(userId, role!), actor, reason ?? $"changed the role of {user.Name} to {role}", ct);
        return AccountOutcome.Done((await FindAsync(userId, ct))!);
    }

    public async Task<UserSummary?> FindAsync(Guid userId, CancellationToken ct)
    {
        await using var session = documents.QuerySession();
        return (await session.LoadAsync<UserAccount>(UserStreams.For(userId), ct))?.Summary(clock.GetCurrentInstant());
    }

    public Task<UserSummary?> FindByNameAsync(string name, CancellationToken ct) => FindByNameKeyAsync(UserNames.LookAlikeKey(name), ct);

    /// <summary>Every user, in the order they were registered.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct)
    {
        await using var session = documents.QuerySession();
        var now = clock.GetCurrentInstant();
        var accounts = await session.Query<UserAccount>().ToListAsync(ct);
        return [.. accounts.OrderBy(a => a.RegisteredAt).ThenBy(a => a.Name, StringComparer.Ordinal).Select(a => a.Summary(now))];
    }

    /// <summary>Whether the ledger has an admin who can still sign in.</summary>
    public async Task<bool> HasActiveAdminAsync(CancellationToken ct) =>
        (await ListAsync(ct)).Any(u => u.Role == Role.Admin && u.Tokens.Active > 0);

    private AccountOutcome? ExpiryProblem(Instant? expiresAt) => expiresAt switch
    {
        { } expiry when !SupportedInstants.IsSupported(expiry) =>
            AccountOutcome.Invalid("expiresAt", $"A token's expiry must be an instant from {SupportedInstants.Range}."),
        { } expiry when expiry <= clock.GetCurrentInstant() => AccountOutcome.Invalid("expiresAt", "A token's expiry must be in the future."),
        _ => null,
    };

    private static AccountOutcome? ReasonProblem(string? reason) =>
        FreeText.Optional(reason, "reason", "A reason", TextLimits.Reason) is { } invalid ? AccountOutcome.Invalid(invalid.Field, invalid.Reason) : null;

    private async Task<UserSummary?> FindByNameKeyAsync(string nameKey, CancellationToken ct)
    {
        await using var session = documents.QuerySession();
        var account = await UserAccount.ByNameKeyAsync(session, nameKey, ct);
        return account?.Summary(clock.GetCurrentInstant());
    }

    /// <summary>The accounts' unique look-alike key refused a name registered at the same moment.</summary>
    private static bool NameTaken(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique && unique.TableName == "mt_doc_useraccount") return true;
        return false;
    }

    private async Task AppendAsync(UserSummary user, object @event, string actor, string reason, CancellationToken ct) =>
        await store.AppendAsync(UserStreams.For(user.Id), ExpectedVersion.Exactly(user.Version), [UserEvents.Serializer.ToAppend(@event)],
            new AppendMetadata(actor, Guid.NewGuid(), Reason: reason), ct);
}
