using EvidenceLedger.Evidence.Deciding;
using NodaTime;

namespace EvidenceLedger.Evidence.Dates;

/// <summary>Checks the EDTF text given for when an incident occurred.</summary>
internal static class Occurrence
{
    public static Rejection? Parse(string? edtf, Instant requestedAt, string field, out ImpreciseDate? occurred)
    {
        if (!ImpreciseDate.TryRead(edtf, out occurred, out var error))
            return Rejection.Invalid(field, error);

        var today = Today.AnywhereOnEarth(requestedAt);
        return occurred.Earliest > today
            ? Rejection.Invalid(field, $"'{edtf}' ({occurred.Reading()}) cannot have begun yet: its earliest day {occurred.Earliest:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}).")
            : null;
    }
}
