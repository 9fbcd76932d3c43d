namespace EvidenceLedger.EventStore.Appending;

/// <summary>One stream's share of <see cref="LedgerEventStore.AppendManyAsync"/>: its events, at the version it is expected to be at.</summary>
public sealed record StreamAppend(string StreamId, ExpectedVersion Expected, IReadOnlyList<EventToAppend> Events);
