using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Server.Evidence.Common;

namespace EvidenceLedger.Server.Web.Incidents.Provenance;

/// <summary>
/// Which of an incident's events the provenance page lists: about one claim, by one person, of one kind (<see cref="EventKind.Key"/>);
/// each left out (null) matches every event.
/// </summary>
public sealed record ProvenanceFilter(Guid? Claim, string? Actor, string? Kind)
{
    public const string ClaimParameter = "claim";
    public const string ActorParameter = "actor";
    public const string KindParameter = "kind";

    public bool IsEmpty => Claim is null && Actor is null && Kind is null;

    /// <summary>The page's query values, blanks read as "every".</summary>
    public static ProvenanceFilter From(string? claim, string? actor, string? kind) => new(
        Guid.TryParse(claim, out var id) ? id : null,
        string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(),
        string.IsNullOrWhiteSpace(kind) ? null : kind.Trim());

    public bool Matches(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (Actor is null || string.Equals(entry.Actor, Actor, StringComparison.Ordinal))
            && (Kind is null || string.Equals(EventKind.Of(entry.Type).Key, Kind, StringComparison.Ordinal))
            && (Claim is null || ClaimOf(entry) == Claim);
    }

    /// <summary>The query values that keep this filter on another link or form (the "as of" picker).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Query =>
    [
        new(ClaimParameter, Claim?.ToString("D")),
        new(ActorParameter, Actor),
        new(KindParameter, Kind),
    ];

    private static Guid? ClaimOf(HistoryEntry entry) => EventDescriptions.Typed(entry) is IClaimEvent claimEvent ? claimEvent.ClaimId : null;
}
