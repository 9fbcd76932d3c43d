using EvidenceLedger.Evidence.Deciding;
using NodaTime;

namespace EvidenceLedger.Evidence.Dates;

/// <summary>
/// Checks the date a cited document was published, when one is given: a day, or only as much as is known
/// ("November 2015", "2015?", EDTF or plain English); it cannot have begun after today.
/// </summary>
internal static class PublicationDate
{
    public static Rejection? Parse(string? text, Instant requestedAt, string field, out ImpreciseDate? published)
    {
        published = null;
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (!ImpreciseDate.TryRead(text, out published, out var error))
            return Rejection.Invalid(field, error);

        var today = Today.AnywhereOnEarth(requestedAt);
        return published.Earliest > today
            ? Rejection.Invalid(field, $"A document cannot have been published after today ({today:yyyy-MM-dd}): '{text.Trim()}' ({published.Reading()}) begins {published.Earliest:yyyy-MM-dd}.")
            : null;
    }
}
