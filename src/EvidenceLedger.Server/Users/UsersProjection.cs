using EvidenceLedger.Server.Users.ChangingRole;
using EvidenceLedger.Server.Users.Registering;
using EvidenceLedger.Server.Users.Revoking;
using EvidenceLedger.Server.Users.Tokens;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using NodaTime;

namespace EvidenceLedger.Server.Users;

/// <summary>
/// Marten's inline projection of each user's stream into their <see cref="UserAccount"/>: inline, so a user can sign in
/// the moment the request that created them returns, and a revoked token fails on the very next request. A name's
/// look-alike key is unique in the database: of two concurrent registrations of alike names, one fails.
/// </summary>
public sealed partial class UsersProjection : SingleStreamProjection<UserAccount, string>
{
    public const string ProjectionName = "users";

    /// <summary>Raise whenever what <see cref="Evolve"/> makes of the events changes: the accounts are then rebuilt at start-up.</summary>
    public const int DefinitionVersion = 1;

    public UsersProjection()
    {
        IncludeType<UserRegistered>();
        IncludeType<UserTokenIssued>();
        IncludeType<UserTokensRevoked>();
        IncludeType<UserRoleChanged>();
    }

    /// <summary>The user events under their stored names, the projection (inline), and how Marten stores the accounts.</summary>
    public static void Register(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, type) in UserEvents.Serializer.Registry.Types) options.Events.MapEventType(type, name);
        options.Projections.Add(new UsersProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<UserAccount>()
            .UniqueIndex(x => x.NameKey)
            // A bearer token is looked up by its hash inside the account's tokens (containment, @>).
            .GinIndexJsonData();
    }

    public override UserAccount? Evolve(UserAccount? snapshot, string id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var at = Instant.FromDateTimeOffset(e.Timestamp);
        switch (e.Data)
        {
            case UserRegistered registered:
                snapshot = new UserAccount
                {
                    Id = id, UserId = registered.UserId, Name = registered.Name, NameKey = UserNames.LookAlikeKey(registered.Name),
                    Role = registered.Role, RegisteredAt = at, RegisteredBy = e.UserName ?? string.Empty,
                };
                break;
            case UserTokenIssued issued when snapshot is not null:
                snapshot.Tokens.Add(new UserAccountToken(issued.TokenId, issued.TokenHmac, at, e.UserName ?? string.Empty, issued.ExpiresAt, null));
                break;
            case UserTokensRevoked when snapshot is not null:
                snapshot.Tokens = [.. snapshot.Tokens.Select(t => t.RevokedAt is null ? t with { RevokedAt = at } : t)];
                break;
            case UserRoleChanged changed when snapshot is not null:
                snapshot.Role = changed.Role;
                break;
            default:
                return snapshot;
        }
        snapshot.Version = e.Version;
        return snapshot;
    }
}
