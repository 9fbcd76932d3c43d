using NodaTime;

namespace EvidenceLedger.Server.Time;

/// <summary>
/// The instants the ledger can work with: what PostgreSQL's timestamptz, .NET's DateTimeOffset and the ISO-8601 texts it
/// answers with can all hold, at the microsecond precision events are recorded with. NodaTime parses wider (years
/// -9998 to 9999, nanoseconds), and an instant outside this range must be refused as input rather than fail later.
/// </summary>
public static class SupportedInstants
{
    public static Instant Earliest { get; } = Instant.FromUtc(1, 1, 1, 0, 0);

    public static Instant Latest { get; } = Instant.FromUtc(9999, 12, 31, 23, 59, 59) + Duration.FromTicks(9_999_990);

    /// <summary>The range, as error messages name it.</summary>
    public const string Range = "0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z";

    public static bool IsSupported(Instant instant) => instant >= Earliest && instant <= Latest;
}
