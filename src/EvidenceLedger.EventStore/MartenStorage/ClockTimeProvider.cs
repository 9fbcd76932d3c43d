using EvidenceLedger.EventStore.Time;
using NodaTime;

namespace EvidenceLedger.EventStore.MartenStorage;

/// <summary>Marten's event timestamps from the ledger's injected clock, at the microsecond precision it hashes.</summary>
public sealed class ClockTimeProvider(IClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => LedgerInstant.Truncate(clock.GetCurrentInstant()).ToDateTimeOffset();
}
