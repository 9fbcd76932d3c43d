using NodaTime;

namespace EvidenceLedger.Evidence.Dates;

internal static class Today
{
    // Dates are recorded as local calendar dates of wherever things happened, which can run up to UTC+14;
    // comparing against UTC alone would reject a report filed on the right day in the Pacific.
    public static LocalDate AnywhereOnEarth(Instant at) => at.Plus(Duration.FromHours(14)).InUtc().Date;
}
