namespace EvidenceLedger.EventStore.Reading;

/// <summary>
/// A place in the complete log. The log is ordered by (writing transaction id, position) and read only below
/// the oldest running transaction, so nothing can ever commit behind a cursor (docs/complete-ordering.md).
/// </summary>
public readonly record struct LogCursor(long TxId, long Position) : IComparable<LogCursor>
{
    public static LogCursor Start { get; } = new(0, 0);

    public int CompareTo(LogCursor other) =>
        TxId != other.TxId ? TxId.CompareTo(other.TxId) : Position.CompareTo(other.Position);

    public static bool operator <(LogCursor left, LogCursor right) => left.CompareTo(right) < 0;
    public static bool operator >(LogCursor left, LogCursor right) => left.CompareTo(right) > 0;
    public static bool operator <=(LogCursor left, LogCursor right) => left.CompareTo(right) <= 0;
    public static bool operator >=(LogCursor left, LogCursor right) => left.CompareTo(right) >= 0;
}
