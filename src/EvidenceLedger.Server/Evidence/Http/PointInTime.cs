using System.Globalization;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Problems;
using EvidenceLedger.Server.Time;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using NodaTime.Text;

namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>
/// The <c>asOf</c> (ISO-8601 instant: events recorded at or before it) or <c>atPosition</c> (events at ledger positions up
/// to it) of a read. Either needs the History policy (auditor, admin): others get 403. Neither: the current state.
/// </summary>
internal static class PointInTime
{
    public static async Task<(ReadLimit Limit, IResult? Problem)> ResolveAsync(HttpContext http, string? asOf, string? atPosition)
    {
        if (asOf is null && atPosition is null) return (ReadLimit.None, null);

        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        if (!(await authorization.AuthorizeAsync(http.User, LedgerPolicies.History)).Succeeded) return (ReadLimit.None, Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Your role may not look into the past.",
                detail: $"asOf and atPosition need the role {string.Join(" or ", LedgerPolicies.RolesFor(LedgerPolicies.History))}; you are signed in as {http.User.Role() ?? "no role"}.",
                extensions: new Dictionary<string, object?> { ["requiredRoles"] = LedgerPolicies.RolesFor(LedgerPolicies.History), ["yourRole"] = http.User.Role() }));

        if (asOf is not null && atPosition is not null)
            return (ReadLimit.None, ApiProblems.Invalid("atPosition", "Give either asOf or atPosition, not both."));
        if (asOf is not null)
        {
            return ParseInstant(asOf) switch
            {
                null => (ReadLimit.None, ApiProblems.Invalid("asOf", $"asOf must be an ISO-8601 instant such as 2015-11-25T09:00:00Z; got '{asOf}'.")),
                { } instant when !SupportedInstants.IsSupported(instant) =>
                    (ReadLimit.None, ApiProblems.Invalid("asOf", $"asOf must be an instant from {SupportedInstants.Range}; got '{asOf}'.")),
                { } instant => (ReadLimit.AsOf(instant), null),
            };
        }
        return long.TryParse(atPosition, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 1
            ? (ReadLimit.AtPosition(position), null)
            : (ReadLimit.None, ApiProblems.Invalid("atPosition", $"atPosition must be a ledger position (a whole number from 1); got '{atPosition}'."));
    }

    internal static Instant? ParseInstant(string text)
    {
        var plain = InstantPattern.ExtendedIso.Parse(text);
        if (plain.Success) return plain.Value;
        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (!offset.Success) return null;
        try
        {
            return offset.Value.ToInstant();
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            // Near either end of the calendar an offset can carry the instant past what NodaTime can hold: out of range either way.
            return offset.Value.Year > 0 ? Instant.MaxValue : Instant.MinValue;
        }
    }
}
