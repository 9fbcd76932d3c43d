namespace EvidenceLedger.EventStore.Reading;

/// <summary>
/// A place in the complete log: the position of the last event taken. The log is in position order and read only up
/// to a settled fence (<see cref="LogFence"/>), so nothing can ever commit behind a cursor (docs/complete-ordering.md).
/// </summary>
public readonly record struct LogCursor(long Position) : IComparable<LogCursor>
{
    public static LogCursor Start { get; } = new(0);

    public int CompareTo(LogCursor other) => Position.CompareTo(other.Position);

    public static bool operator <(LogCursor left, LogCursor right) => left.CompareTo(right) < 0;
    public static bool operator >(LogCursor left, LogCursor right) => left.CompareTo(right) > 0;
    public static bool operator <=(LogCursor left, LogCursor right) => left.CompareTo(right) <= 0;
    public static bool operator >=(LogCursor left, LogCursor right) => left.CompareTo(right) >= 0;
}
