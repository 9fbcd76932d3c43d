using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Evidence.Sources.Identifying;

/// <summary>The source turned out to be the same as <paramref name="SameAsSourceId"/>: from now on both read as that one.</summary>
[EventType("source_identified_as_same")]
public sealed record SourceIdentifiedAsSame(Guid SourceId, Guid SameAsSourceId, string Reason) : ISourceEvent;
